// The concurrent sync: the lists of several languages download side by side over a bounded
// number of connections, and each language is applied whole as soon as it is complete.
#include "catchqt.h"
#include "syncfixture.h"

#include <QDeadlineTimer>
#include <QThread>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

// augsburg offers de, en, ar and fa; the corpus has content for de and ar only. `code` gets
// the lists of `from` (the content of a language is not checked against its code).
void serveAs(SyncFixture &f, const QString &code, const QString &from)
{
    const QList<QPair<QString, QString>> lists{{u"pages"_s, u"pages"_s},
                                               {u"events"_s, u"events"_s},
                                               {u"locations"_s, u"locations"_s},
                                               {u"location-categories"_s, u"location_categories"_s},
                                               {u"imprint"_s, u"imprint"_s}};
    for (const auto &[path, file] : lists) {
        const QByteArray body = SyncFixture::corpusFile(u"augsburg_%1_%2.json"_s.arg(from, file));
        if (!body.isEmpty())
            f.server.setRoute(u"/api/v3/augsburg/%1/%2/"_s.arg(code, path),
                              Response{200, body, {}, {}});
    }
}

void serveFourLanguages(SyncFixture &f)
{
    serveAs(f, u"en"_s, u"de"_s);
    serveAs(f, u"fa"_s, u"ar"_s);
}

qsizetype storedPages(SyncFixture &f, const QString &language)
{
    return f.store->pages(u"augsburg"_s, language).size();
}

const qsizetype GermanPages = SyncFixture::corpusArray(u"augsburg_de_pages.json"_s).size();
const qsizetype ArabicPages = SyncFixture::corpusArray(u"augsburg_ar_pages.json"_s).size();

} // namespace

TEST_CASE("Never more requests at once than the connections allow, and they do overlap")
{
    INTEGREAT_REQUIRE_CORPUS();
    const int connections = GENERATE(1, 2, 3);
    SyncFixture f;
    serveFourLanguages(f);
    // Every answer waits a while, so requests of different languages meet at the server.
    f.server.setPacing(Pacing{60, 0, 0});
    f.engine->setConnections(connections);
    f.server.resetConcurrency();
    const auto report = f.sync({});
    REQUIRE(report.ok());
    CHECK(report.languages.size() == 4);
    CHECK(f.server.maxConcurrentRequests() == connections);
    CHECK(storedPages(f, u"de"_s) == GermanPages);
    CHECK(storedPages(f, u"en"_s) == GermanPages);
    CHECK(storedPages(f, u"ar"_s) == ArabicPages);
    CHECK(storedPages(f, u"fa"_s) == ArabicPages);
}

TEST_CASE("Languages finish in any order, each whole, and the report keeps the requested order")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    // German pages arrive slowly, so Arabic is complete (and saved) first.
    f.server.addFault(u"api/v3/augsburg/de/pages/"_s,
                      FaultSpec{Fault::Slow, -1, 500, {}, {}, 0, 40, 2048});
    QStringList finished;
    QObject::connect(f.engine.get(), &sync::SyncEngine::progress, [&](const sync::Progress &p) {
        if (p.finished) {
            CHECK(p.languagesDone == finished.size() + 1);
            finished << p.language;
            // A finished language is in the store whole while others still download.
            CHECK(storedPages(f, p.language) ==
                  (p.language == u"de"_s ? GermanPages : ArabicPages));
        }
    });
    const auto report = f.sync({u"de"_s, u"ar"_s});
    REQUIRE(report.ok());
    CHECK(finished == QStringList{u"ar"_s, u"de"_s});
    REQUIRE(report.languages.size() == 2);
    CHECK(report.languages.at(0).code == u"de"_s);
    CHECK(report.languages.at(1).code == u"ar"_s);
}

TEST_CASE("While a language is saved, the next one downloads (no pause every N languages)")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    serveFourLanguages(f);
    // Two connections take de and en; en's pages arrive slowly, so de is saved first.
    f.engine->setConnections(2);
    f.server.addFault(u"api/v3/augsburg/en/pages/"_s,
                      FaultSpec{Fault::Slow, -1, 500, {}, {}, 0, 40, 2048});
    const auto thirdRequested = [&f] {
        return f.server.requestCount(u"api/v3/augsburg/ar/pages/"_s) +
               f.server.requestCount(u"api/v3/augsburg/fa/pages/"_s);
    };
    int commits = 0;
    bool thirdDuringFirstCommit = false;
    f.engine->setBeforeCommit([&] {
        if (commits++ > 0)
            return;
        // The connection de used is free now: a third language starts while de is written.
        // (Before, no worker took a language while any finished one was still being saved.)
        QDeadlineTimer patience(std::chrono::seconds(20));
        while (thirdRequested() == 0 && !patience.hasExpired())
            QThread::msleep(10);
        thirdDuringFirstCommit = thirdRequested() > 0;
    });
    const auto report = f.sync({});
    REQUIRE(report.ok());
    CHECK(thirdDuringFirstCommit);
    CHECK(storedPages(f, u"de"_s) == GermanPages);
    CHECK(storedPages(f, u"en"_s) == GermanPages);
    CHECK(storedPages(f, u"ar"_s) == ArabicPages);
    CHECK(storedPages(f, u"fa"_s) == ArabicPages);
}

TEST_CASE("A language that fails does not spoil the others")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    serveAs(f, u"fa"_s, u"ar"_s);
    // en: no lists at all (404); fa: the events fail with 500 after its pages arrived.
    f.server.addFault(u"api/v3/augsburg/fa/events/"_s, FaultSpec{Fault::Status});
    const auto report = f.sync({});
    CHECK_FALSE(report.ok());
    REQUIRE(report.languages.size() == 4);
    CHECK(outcomeFor(report, u"de"_s)->ok);
    CHECK(outcomeFor(report, u"ar"_s)->ok);
    CHECK_FALSE(outcomeFor(report, u"en"_s)->ok);
    CHECK(outcomeFor(report, u"en"_s)->error.contains(u"404"_s));
    CHECK_FALSE(outcomeFor(report, u"fa"_s)->ok);
    CHECK(outcomeFor(report, u"fa"_s)->error.contains(u"events"_s));
    CHECK(storedPages(f, u"de"_s) == GermanPages);
    CHECK(storedPages(f, u"ar"_s) == ArabicPages);
    CHECK(storedPages(f, u"fa"_s) == 0);
}

TEST_CASE("Cancel mid-way stops every language – what was saved stays whole, nothing else is")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    serveFourLanguages(f);
    f.server.setPacing(Pacing{80, 0, 0});
    f.engine->setConnections(2);
    QStringList saved;
    int requestsAtCancel = 0;
    QObject::connect(f.engine.get(), &sync::SyncEngine::progress, [&](const sync::Progress &p) {
        if (p.finished && saved.isEmpty()) {
            saved << p.language;
            requestsAtCancel = f.server.requestCount();
            f.engine->cancel();
        }
    });
    const auto report = f.sync({});
    CHECK(report.cancelled);
    CHECK_FALSE(report.ok());
    REQUIRE(saved.size() == 1);
    for (const sync::LanguageOutcome &outcome : report.languages) {
        const bool first = outcome.code == saved.first();
        CHECK(outcome.ok == first);
        if (!first) {
            CHECK(outcome.error == u"Cancelled."_s);
            CHECK(storedPages(f, outcome.code) == 0);
        }
    }
    // Only the requests already on their way were answered (one per connection at most).
    CHECK(f.server.requestCount() <= requestsAtCancel + 2);
}

TEST_CASE("A sync cancelled before it starts downloads no language")
{
    INTEGREAT_REQUIRE_CORPUS();
    SyncFixture f;
    serveFourLanguages(f);
    f.http->reset();
    f.http->cancel();
    const auto report = f.engine->run(u"augsburg"_s, {});
    CHECK(report.cancelled);
    CHECK(f.server.requestCount(u"api/v3/augsburg/de/"_s) == 0);
}
