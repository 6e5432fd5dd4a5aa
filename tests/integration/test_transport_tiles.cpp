// core/net through the online tile source (core/geo/onlinetilesource.h): the tile loop is gone
// (a no-cache or max-age=0 tile is revalidated at most once a minute), no-store tiles are
// shown but never written, and the hostile-server faults end with an error in words.
#include "core/geo/onlinetilesource.h"
#include "testserver.h"
#include "transportfixture.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::geo;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

struct Tiles
{
    Tiles()
    {
        REQUIRE(server.start());
        REQUIRE(dir.isValid());
    }
    std::unique_ptr<OnlineTileSource> source(const QString &base = {})
    {
        const QString root = base.isEmpty() ? server.baseUrl().toString() : base;
        auto s = std::make_unique<OnlineTileSource>(root + u"/tiles/{z}/{x}/{y}.png"_s, dir.path(),
                                                    OnlineTileSource::defaultAttribution());
        s->setClock([this] { return now; });
        return s;
    }
    /// Asks for the tile and waits until the request has ended (arrived or failed).
    QByteArray fetch(OnlineTileSource &s, const TileId &id)
    {
        int ended = 0;
        const auto ok = QObject::connect(&s, &TileSource::tileAvailable, [&ended] { ++ended; });
        const auto failed =
            QObject::connect(&s, &OnlineTileSource::tileFailed, [&ended] { ++ended; });
        s.tile(id);
        const bool done = waitFor([&] { return ended > 0; });
        QObject::disconnect(ok);
        QObject::disconnect(failed);
        REQUIRE(done);
        return s.tile(id);
    }
    int filesOnDisk() const
    {
        int count = 0;
        QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++count;
        }
        return count;
    }
    TestServer server;
    QTemporaryDir dir;
    QDateTime now = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
};

} // namespace

TEST_CASE("A no-cache or max-age=0 tile is revalidated at most once per interval", "[net][tiles]")
{
    Tiles t;
    const QByteArray control =
        GENERATE(QByteArray("no-cache"), QByteArray("max-age=0"), QByteArray("must-revalidate"));
    t.server.setRoute(u"/tiles/4/2/1.png"_s,
                      {200, "PNG", {{"Cache-Control", control}}, "image/png"});
    auto source = t.source();
    CHECK(t.fetch(*source, {4, 2, 1}) == "PNG");
    for (int repaint = 0; repaint < 20; ++repaint) {
        CHECK(source->tile({4, 2, 1}) == "PNG");
        QCoreApplication::processEvents();
    }
    CHECK(source->inFlight() + source->queued() == 0);
    CHECK(t.server.requestCount(u"/tiles/"_s) == 1);
    t.now = t.now.addSecs(OnlineTileSource::MinRevalidateSecs + 1);
    source->tile({4, 2, 1});
    CHECK(source->inFlight() + source->queued() == 1); // the next interval: revalidated once
}

TEST_CASE("A no-store tile is shown but never written to disk", "[net][tiles]")
{
    Tiles t;
    t.server.setRoute(u"/tiles/4/2/2.png"_s,
                      {200, "SECRET", {{"Cache-Control", "no-store, max-age=600"}}, "image/png"});
    auto source = t.source();
    CHECK(t.fetch(*source, {4, 2, 2}) == "SECRET");
    CHECK(t.filesOnDisk() == 0);
    CHECK(source->tile({4, 2, 2}) == "SECRET");
    QCoreApplication::processEvents();
    CHECK(t.server.requestCount(u"/tiles/"_s) == 1); // kept in memory for the interval
}

TEST_CASE("Hostile tile servers end in an error in words", "[net][tiles]")
{
    Tiles t;
    auto source = t.source();
    MessageCatcher catcher;
    SECTION("an endless chunked tile stops at the tile cap")
    {
        t.server.addFault(u"/tiles/1/0/0.png"_s, FaultSpec{Fault::EndlessChunked});
        CHECK(t.fetch(*source, {1, 0, 0}).isEmpty());
        CHECK(source->lastError().contains(u"larger than 4 MB"_s));
    }
    SECTION("a trickling tile fails on the minimum throughput")
    {
        FaultSpec trickle{Fault::Trickle};
        trickle.slowChunkDelayMs = 300;
        t.server.addFault(u"/tiles/1/0/0.png"_s, trickle);
        source->setLimits(shortLimits());
        CHECK(t.fetch(*source, {1, 0, 0}).isEmpty());
        CHECK(source->lastError().contains(u"bytes a second"_s));
    }
    SECTION("a deflate bomb is named")
    {
        FaultSpec bomb{Fault::DeflateBomb};
        bomb.hugeBytes = 100ll * 1024 * 1024;
        t.server.addFault(u"/tiles/1/0/0.png"_s, bomb);
        CHECK(t.fetch(*source, {1, 0, 0}).isEmpty());
        INFO(source->lastError().toStdString());
        CHECK((source->lastError().contains(u"compressed"_s) ||
               source->lastError().contains(u"larger than 4 MB"_s)));
    }
    SECTION("a silent server times out without a device warning")
    {
        t.server.addFault(u"/tiles/1/0/0.png"_s, FaultSpec{Fault::Stall});
        auto limits = OnlineTileSource::defaultLimits();
        limits.idleTimeoutMs = 300;
        source->setLimits(limits);
        CHECK(t.fetch(*source, {1, 0, 0}).isEmpty());
        CHECK(source->lastError().contains(u"did not answer"_s));
    }
    CHECK(t.filesOnDisk() == 0);
    for (const QString &message : MessageCatcher::messages())
        CHECK_FALSE(message.contains(u"QIODevice"_s));
}

TEST_CASE("Tile requests go through the proxy", "[net][tiles][proxy]")
{
    Tiles t;
    t.server.setRoute(u"/tiles/2/1/1.png"_s, {200, "PNG-P", {}, "image/png"});
    ProxyGuard guard(u"http://127.0.0.1:%1"_s.arg(t.server.port()));
    REQUIRE(guard.error().isEmpty());
    auto source = t.source(u"http://tile.integreat.invalid"_s);
    CHECK(t.fetch(*source, {2, 1, 1}) == "PNG-P");
    REQUIRE(t.server.requestCount() == 1);
    CHECK(t.server.requests().first().rawTarget == "http://tile.integreat.invalid/tiles/2/1/1.png");
}
