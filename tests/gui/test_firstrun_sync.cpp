// The SyncController (app/desktop/sync) offscreen against the loopback test server with the API
// corpus: cancel while the server stalls keeps the previous content; offline mode and
// destruction mid-sync. Part of test_firstrun.

#include "core/store/store.h"
#include "corpus.h"
#include "desktop/sync/synccontroller.h"
#include "firstrunfixture.h"
#include "guifixture.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::desktop;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

TEST_CASE("sync controller: cancel during a stalled download returns promptly and keeps the "
          "previous content",
          "[firstrun][synccontroller]")
{
    INTEGREAT_REQUIRE_CORPUS();
    TestServer server;
    server.loadCorpus(corpusDir());
    REQUIRE(server.start());
    Desk desk(server.baseUrl());
    QSignalSpy finished(&desk.sync, &SyncController::finished);
    QSignalSpy busy(&desk.sync, &SyncController::busyChanged);

    desk.sync.sync(u"augsburg"_s, {u"de"_s});
    CHECK(desk.sync.isBusy());
    REQUIRE(waitUntil([&] { return finished.size() == 1; }));
    const auto first = finished.takeFirst().at(0).value<sync::SyncReport>();
    REQUIRE(first.ok());
    CHECK_FALSE(desk.sync.isBusy());
    const QList<model::Page> before = desk.store->pages(u"augsburg"_s, u"de"_s);
    REQUIRE_FALSE(before.isEmpty());

    server.addFault(u"/api/v3/augsburg/de/pages/"_s, FaultSpec{Fault::Stall});
    desk.sync.sync(u"augsburg"_s, {u"de"_s});
    REQUIRE(waitUntil([&] { return server.requestCount(u"/api/v3/augsburg/de/pages/"_s) > 1; }));
    QElapsedTimer clock;
    clock.start();
    desk.sync.cancel();
    REQUIRE(waitUntil([&] { return finished.size() == 1; }, 5000));
    CHECK(clock.elapsed() < 2000);
    const auto report = finished.takeFirst().at(0).value<sync::SyncReport>();
    CHECK(report.cancelled);
    CHECK_FALSE(report.ok());
    CHECK_FALSE(desk.sync.isBusy());
    CHECK(desk.store->pages(u"augsburg"_s, u"de"_s).size() == before.size());
    CHECK(desk.store->integrityCheck() == u"ok"_s);

    // The next job runs normally (the cancel does not stick).
    server.clearFaults();
    desk.sync.fetchRegions();
    QSignalSpy regions(&desk.sync, &SyncController::regionsFetched);
    REQUIRE(waitUntil([&] { return regions.size() == 1; }));
    CHECK(regions.at(0).at(1).toString().isEmpty());
    CHECK(regions.at(0).at(0).value<QList<model::Region>>().size() >= 3);
}

TEST_CASE("sync controller: offline mode fails at once and destruction mid-sync is clean",
          "[firstrun][synccontroller]")
{
    {
        Desk offline(QUrl(u"http://127.0.0.1:9"_s), true);
        QSignalSpy finished(&offline.sync, &SyncController::finished);
        offline.sync.sync(u"augsburg"_s, {u"de"_s});
        REQUIRE(waitUntil([&] { return finished.size() == 1; }, 1000));
        const auto report = finished.at(0).at(0).value<sync::SyncReport>();
        CHECK(report.error == SyncController::offlineMessage());
        CHECK_FALSE(offline.sync.isBusy());
    }
    INTEGREAT_REQUIRE_CORPUS();
    TestServer server;
    server.loadCorpus(corpusDir());
    REQUIRE(server.start());
    server.addFault(u"/api/v3/augsburg/de/pages/"_s, FaultSpec{Fault::Stall});
    QElapsedTimer clock;
    {
        Desk desk(server.baseUrl());
        desk.sync.sync(u"augsburg"_s, {u"de"_s});
        REQUIRE(
            waitUntil([&] { return server.requestCount(u"/api/v3/augsburg/de/pages/"_s) > 0; }));
        clock.start();
    } // ~SyncController: cancel, quit, wait
    CHECK(clock.elapsed() < 2000);
}
