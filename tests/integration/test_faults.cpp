// Faults during a sync: each gives a clear error and leaves the previous content whole.
#include "syncfixture.h"

#include <QElapsedTimer>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {
const QString PagesPath = u"/api/v3/augsburg/de/pages/"_s;

// A first good sync, so there is previous content to protect.
void syncGood(SyncFixture &f)
{
    const auto report = f.sync({u"de"_s});
    REQUIRE(report.ok());
}

void requirePreviousContentIntact(SyncFixture &f)
{
    const auto page = f.store->page(u"augsburg"_s, u"de"_s, u"/augsburg/de/willkommen/"_s);
    REQUIRE(page);
    CHECK(page->title == u"Willkommen"_s);
    CHECK(f.store->pages(u"augsburg"_s, u"de"_s).size() ==
          SyncFixture::corpusArray(u"augsburg_de_pages.json"_s).size());
    CHECK(f.store->integrityCheck() == u"ok"_s);
}

QString failedSync(SyncFixture &f, const QString &language = u"de"_s)
{
    const auto report = f.sync({language});
    REQUIRE_FALSE(report.ok());
    const auto *outcome = outcomeFor(report, language);
    REQUIRE(outcome);
    REQUIRE_FALSE(outcome->ok);
    // The failure is remembered for `status`.
    bool recorded = false;
    for (const auto &region : f.store->status()) {
        for (const auto &l : region.languages)
            recorded |= (l.code == language && !l.lastError.isEmpty());
    }
    CHECK(recorded);
    return outcome->error;
}
} // namespace

TEST_CASE("HTTP 500 fails the language after retries and keeps the previous content")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    syncGood(f);
    f.server.clearRequests();
    f.server.addFault(PagesPath, FaultSpec{Fault::Status, -1, 500, "{\"error\":\"boom\"}", {}});
    const QString error = failedSync(f);
    CHECK(error.contains(u"HTTP 500"_s));
    CHECK(error.contains(u"pages"_s));
    CHECK(f.server.requestCount(PagesPath) == 3); // first try and two retries
    requirePreviousContentIntact(f);
}

TEST_CASE("A language the server does not have (404) is reported by name")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    syncGood(f);
    // augsburg lists Farsi, but the server has no Farsi content (404).
    const QString error = failedSync(f, u"fa"_s);
    CHECK(error.contains(u"fa"_s));
    CHECK(error.contains(u"404"_s));
    requirePreviousContentIntact(f);
}

TEST_CASE("A language the region does not offer is refused without a download")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    const auto report = f.sync({u"xx"_s});
    REQUIRE_FALSE(report.ok());
    CHECK(outcomeFor(report, u"xx"_s)->error.contains(u"xx"_s));
    CHECK(f.server.requestCount(u"/api/v3/augsburg/xx/"_s) == 0);
}

TEST_CASE("429 with Retry-After is waited for and then the sync succeeds")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    f.server.addFault(PagesPath, FaultSpec{Fault::Status, 1, 429, "{}", {{"Retry-After", "1"}}});
    QElapsedTimer clock;
    clock.start();
    const auto report = f.sync({u"de"_s});
    REQUIRE(report.ok());
    CHECK(f.server.requestCount(PagesPath) == 2);
    CHECK(clock.elapsed() >= 900); // it honoured the server's Retry-After, not the 10 ms backoff
}

TEST_CASE("A connection closed in the middle of the body fails cleanly")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    syncGood(f);
    f.server.addFault(PagesPath, FaultSpec{Fault::CloseMidBody});
    const QString error = failedSync(f);
    CHECK(error.contains(u"closed"_s));
    requirePreviousContentIntact(f);
}

TEST_CASE("A server that stalls runs into the timeout")
{
    INTEGREAT_REQUIRE_CORPUS();
    auto options = fastHttpOptions();
    options.transferTimeoutMs = 300;
    options.retry.maxAttempts = 2;
    SyncFixture f(options);
    syncGood(f);
    f.server.addFault(PagesPath, FaultSpec{Fault::Stall});
    const QString error = failedSync(f);
    CHECK(error.contains(u"did not answer"_s));
    requirePreviousContentIntact(f);
}

TEST_CASE("Malformed JSON is reported as damaged data")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    syncGood(f);
    f.server.addFault(PagesPath, FaultSpec{Fault::Malformed});
    const QString error = failedSync(f);
    CHECK(error.contains(u"damaged"_s));
    requirePreviousContentIntact(f);
}

TEST_CASE("A 20 MB junk response is rejected and memory stays bounded")
{
    INTEGREAT_REQUIRE_CORPUS();
    SECTION("under the size limit: parsed and refused as damaged data")
    {
        SyncFixture f;
        syncGood(f);
        f.server.addFault(PagesPath, FaultSpec{Fault::Huge});
        CHECK(failedSync(f).contains(u"damaged"_s));
        requirePreviousContentIntact(f);
    }
    SECTION("over the size limit: the download is stopped")
    {
        auto options = fastHttpOptions();
        options.maxBodyBytes = 8 * 1024 * 1024;
        SyncFixture f(options);
        syncGood(f);
        f.server.addFault(PagesPath, FaultSpec{Fault::Huge});
        CHECK(failedSync(f).contains(u"larger than 8 MB"_s));
        requirePreviousContentIntact(f);
    }
}

TEST_CASE("Cancelling a sync stops it and keeps the previous content")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    syncGood(f);
    f.server.addFault(PagesPath, FaultSpec{Fault::Stall});
    QTimer::singleShot(100, f.engine.get(), [&] { f.engine->cancel(); });
    const auto report = f.sync({u"de"_s});
    CHECK(report.cancelled);
    CHECK_FALSE(report.ok());
    requirePreviousContentIntact(f);
}

TEST_CASE("An error while saving rolls back and keeps the previous content")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    syncGood(f);
    QJsonArray pages = SyncFixture::corpusArray(u"augsburg_de_pages.json"_s);
    QJsonObject first = pages.at(0).toObject();
    first[u"title"_s] = u"Neu"_s;
    pages[0] = first;
    f.servePages(u"augsburg"_s, u"de"_s, pages);
    f.engine->setBeforeCommit(
        [] { throw store::StoreError(store::StoreError::Reason::Other, u"simulated failure"_s); });
    const QString error = failedSync(f);
    CHECK(error.contains(u"simulated failure"_s));
    requirePreviousContentIntact(f);
}
