// core/geo online tiles against the loopback test server: a tile with max-age is not fetched
// again (also by a new source on the same cache), an expired one is revalidated with
// If-None-Match and a 304 keeps its bytes, 7 days apply when the server says nothing, the
// User-Agent names the app, at most two requests run at once, and only wanted tiles are fetched.
#include "core/geo/onlinetilesource.h"
#include "testserver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <functional>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::geo;
using integreat::testing::Response;
using integreat::testing::TestServer;

namespace {

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

struct Fixture
{
    Fixture()
    {
        REQUIRE(server.start());
        REQUIRE(dir.isValid());
    }
    std::unique_ptr<OnlineTileSource> source()
    {
        auto s = std::make_unique<OnlineTileSource>(
            server.baseUrl().toString() + u"/tiles/{z}/{x}/{y}.png"_s, dir.path(),
            OnlineTileSource::defaultAttribution());
        s->setClock([this] { return now; });
        return s;
    }
    /// Asks for `id` until its bytes are there.
    QByteArray fetch(OnlineTileSource &s, const TileId &id)
    {
        QByteArray bytes = s.tile(id);
        if (!bytes.isEmpty() && s.inFlight() == 0 && s.queued() == 0)
            return bytes;
        int arrived = 0;
        const auto connection =
            QObject::connect(&s, &TileSource::tileAvailable, [&arrived] { ++arrived; });
        REQUIRE(waitUntil([&] { return arrived > 0; }));
        QObject::disconnect(connection);
        return s.tile(id);
    }
    TestServer server;
    QTemporaryDir dir;
    QDateTime now = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
};

} // namespace

TEST_CASE("A tile with max-age is not fetched again while fresh", "[geo][tilecache]")
{
    Fixture f;
    f.server.setRoute(u"/tiles/3/4/2.png"_s,
                      {200, "PNG-bytes-1", {{"Cache-Control", "max-age=3600"}}, "image/png"});
    auto source = f.source();
    CHECK(f.fetch(*source, {3, 4, 2}) == "PNG-bytes-1");
    CHECK(f.server.requestCount(u"/tiles/"_s) == 1);
    const auto request = f.server.requests().first();
    CHECK(request.headers.value("user-agent").startsWith("IntegreatDesktop/"));
    CHECK(request.headers.value("user-agent").contains("https://"));
    CHECK_FALSE(request.headers.value("cache-control").contains("no-cache"));

    f.now = f.now.addSecs(3000);
    CHECK(source->tile({3, 4, 2}) == "PNG-bytes-1");
    auto again = f.source(); // a new session on the same disk cache
    CHECK(again->tile({3, 4, 2}) == "PNG-bytes-1");
    QCoreApplication::processEvents();
    CHECK(again->inFlight() == 0);
    CHECK(f.server.requestCount(u"/tiles/"_s) == 1);
}

TEST_CASE("An expired tile is shown and revalidated with If-None-Match", "[geo][tilecache]")
{
    Fixture f;
    f.server.setRoute(
        u"/tiles/5/1/1.png"_s,
        {200, "PNG-v1", {{"Cache-Control", "max-age=60"}, {"ETag", "\"v1\""}}, "image/png"});
    auto source = f.source();
    CHECK(f.fetch(*source, {5, 1, 1}) == "PNG-v1");
    f.now = f.now.addSecs(120);
    int arrived = 0;
    QObject::connect(source.get(), &TileSource::tileAvailable, [&arrived] { ++arrived; });
    CHECK(source->tile({5, 1, 1}) == "PNG-v1"); // stale bytes shown meanwhile
    REQUIRE(waitUntil([&] { return arrived > 0; }));
    REQUIRE(f.server.requestCount(u"/tiles/"_s) == 2);
    const auto revalidation = f.server.requests().last();
    CHECK(revalidation.headers.value("if-none-match") == "\"v1\"");
    // The 304 renewed the expiry: no further request for a while.
    CHECK(source->tile({5, 1, 1}) == "PNG-v1");
    QCoreApplication::processEvents();
    CHECK(source->inFlight() == 0);
    CHECK(f.server.requestCount(u"/tiles/"_s) == 2);
}

TEST_CASE("Without cache headers a tile stays fresh for 7 days", "[geo][tilecache]")
{
    Fixture f;
    f.server.setRoute(u"/tiles/2/1/1.png"_s, {200, "PNG", {}, "image/png"});
    auto source = f.source();
    CHECK(f.fetch(*source, {2, 1, 1}) == "PNG");
    f.now = f.now.addDays(6);
    CHECK(source->tile({2, 1, 1}) == "PNG");
    CHECK(source->inFlight() == 0);
    f.now = f.now.addDays(2);
    source->tile({2, 1, 1});
    CHECK(source->inFlight() + source->queued() == 1);
    const auto policy = OnlineTileSource::freshnessPolicy();
    const auto expiry = [&](const QByteArray &control, const QByteArray &expires) {
        return net::freshness(control, expires, {}, f.now, policy).expiresAt(f.now);
    };
    CHECK(expiry("public, max-age=86400", {}) == f.now.addDays(1));
    CHECK(expiry({}, {}) == f.now.addDays(7));
    // At least the minimum revalidation interval, whatever the server says.
    CHECK(expiry("no-cache", {}) == f.now.addSecs(OnlineTileSource::MinRevalidateSecs));
    CHECK(expiry({}, "Wed, 21 Oct 2015 07:28:00 GMT") ==
          f.now.addSecs(OnlineTileSource::MinRevalidateSecs));
}

TEST_CASE("At most two tiles are fetched at once and only the wanted ones", "[geo][tilecache]")
{
    Fixture f;
    for (int x = 0; x < 8; ++x)
        f.server.setRoute(u"/tiles/3/%1/0.png"_s.arg(x), {200, "PNG", {}, "image/png"});
    auto source = f.source();
    QList<TileId> wanted;
    for (int x = 0; x < 8; ++x) {
        source->tile({3, x, 0});
        wanted.append({3, x, 0});
    }
    CHECK(source->inFlight() == 2);
    CHECK(source->queued() == 6);
    // The view moved on: only tiles 0..3 are still visible.
    source->retainOnly(wanted.mid(0, 4));
    CHECK(source->queued() == 2);
    REQUIRE(waitUntil([&] { return source->inFlight() == 0 && source->queued() == 0; }));
    CHECK(source->peakInFlight() == 2);
    CHECK(f.server.requestCount(u"/tiles/"_s) == 4);
}
