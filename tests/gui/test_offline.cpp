// Without network: saved content stays readable and the header says offline.
#include "desktop/mainwindow/headerbar.h"
#include "desktop/mainwindow/syncstatewidget.h"
#include "desktop/pages/dashboardview.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/pages/noticebar.h"
#include "desktop/pages/tilebutton.h"
#include "guifixture.h"

#include <QSignalSpy>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::GuiFixture;
using integreat::testing::waitUntil;

TEST_CASE("Sync now updates the content and the state")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    SyncStateWidget *state = f.window().header()->syncState();
    QSignalSpy finished(f.sync.get(), &SyncController::finished);
    state->syncButton()->click();
    CHECK(state->isBusy());
    REQUIRE(waitUntil([&] { return finished.count() == 1; }, 30000));
    CHECK_FALSE(state->isBusy());
    CHECK_FALSE(state->isOffline());
    CHECK(state->stateText().contains(u"Updated"_s));
    CHECK(f.tileTitles().size() == 9);
}

TEST_CASE("With the server gone cached content stays browsable and the state says offline")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    const quint16 port = f.server.port();
    f.server.stop();
    SyncStateWidget *state = f.window().header()->syncState();
    QSignalSpy finished(f.sync.get(), &SyncController::finished);
    f.window().syncNow();
    REQUIRE(waitUntil([&] { return finished.count() == 1; }, 30000));
    CHECK(state->isOffline());
    CHECK(state->stateText().contains(u"Offline"_s));

    // Everything saved still opens.
    f.content().dashboard()->tiles().value(1)->click();
    CHECK(f.location().path == u"/augsburg/de/behörden-und-beratung/"_s);
    f.open(Location::page(u"augsburg"_s, u"de"_s, f.pathOf(u"Ausländerbehörde"_s)));
    CHECK(f.pageText().contains(u"Aufenthaltstitel"_s));
    f.window().switchLanguage(u"ar"_s);
    CHECK(f.pageText().contains(u"دائرة شؤون الأجانب"_s));

    // A connection check after the server is back clears the badge.
    REQUIRE(f.server.start(port));
    QSignalSpy regions(f.sync.get(), &SyncController::regionsFetched);
    f.window().checkConnection();
    REQUIRE(waitUntil([&] { return regions.count() == 1; }, 30000));
    INFO(regions.at(0).at(1).toString().toStdString());
    CHECK_FALSE(state->isOffline());
}

TEST_CASE("Offline mode never touches the network")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s, u"ar"_s}, true);
    SyncStateWidget *state = f.window().header()->syncState();
    CHECK(state->isOffline());
    CHECK_FALSE(state->syncButton()->isVisible());
    const int before = f.server.requestCount();
    QSignalSpy finished(f.sync.get(), &SyncController::finished);
    f.window().syncNow();
    REQUIRE(waitUntil([&] { return finished.count() == 1; }));
    CHECK(f.server.requestCount() == before);
    CHECK(state->isOffline());
    CHECK(f.tileTitles().size() == 9);
}

TEST_CASE("Downloading a further language opens the page in it")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    const Location office = Location::page(u"augsburg"_s, u"de"_s, f.pathOf(u"Ausländerbehörde"_s));
    f.open(office);
    f.window().switchLanguage(u"ar"_s);
    CHECK(f.location() == office);
    REQUIRE(f.content().noticeBar()->actionLabels() == QStringList{u"Download العربية"_s});
    QSignalSpy finished(f.sync.get(), &SyncController::finished);
    f.content().noticeBar()->trigger(u"Download العربية"_s);
    REQUIRE(waitUntil([&] { return finished.count() == 1; }, 30000));
    CHECK(f.location().language == u"ar"_s);
    CHECK(f.pageText().contains(u"دائرة شؤون الأجانب"_s));
}
