// Every saved town and language is kept fresh in the background (BackgroundRefresher): at start
// when older than a day, then every few hours; one sync at a time; the shown view re-renders.
#include "catchqt.h"
#include "desktop/common/settings.h"
#include "desktop/sync/backgroundrefresher.h"
#include "desktop/sync/synccontroller.h"
#include "guifixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::GuiFixture;
using integreat::testing::waitUntil;

namespace {

// The German pages with the first page renamed (and newer), as the server now has them.
void renameWelcomePage(GuiFixture &f, const QString &title)
{
    QFile file(testing::corpusDir() + u"/expected-outputs/augsburg_de_pages.json"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonArray pages = QJsonDocument::fromJson(file.readAll()).array();
    QJsonObject first = pages.at(0).toObject();
    REQUIRE(first.value(u"title"_s).toString() == u"Willkommen"_s);
    first[u"title"_s] = title;
    first[u"last_updated"_s] = u"2030-01-01T10:00:00.000+01:00"_s;
    pages[0] = first;
    f.server.setRoute(u"/api/v3/augsburg/de/pages/"_s,
                      testing::Response{200, QJsonDocument(pages).toJson(), {}, {}});
}

// Which syncs ran, in order: "start" when one begins, "end" when it reports.
struct SyncLog
{
    explicit SyncLog(SyncController &sync)
    {
        QObject::connect(&sync, &SyncController::progress, [this](const sync::Progress &p) {
            if (p.stage == sync::Stage::Regions && p.language.isEmpty())
                events << u"start"_s;
        });
        QObject::connect(&sync, &SyncController::finished,
                         [this](const sync::SyncReport &) { events << u"end"_s; });
    }
    QStringList events;
};

} // namespace

TEST_CASE("At start every saved language older than a day is refreshed and the view re-renders")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    BackgroundRefresher &refresher = *f.window().refresher();
    refresher.setClock([] { return QDateTime::currentDateTimeUtc().addDays(2); });
    renameWelcomePage(f, u"Herzlich willkommen"_s);
    f.server.clearRequests();
    SyncLog log(*f.sync);
    QSignalSpy rounds(&refresher, &BackgroundRefresher::roundFinished);

    // The user's own sync runs first; the refresher waits for it instead of running alongside.
    f.window().syncNow();
    refresher.start();
    REQUIRE(waitUntil([&] { return rounds.size() == 1; }, 30000));
    CHECK(log.events == QStringList{u"start"_s, u"end"_s, u"start"_s, u"end"_s});
    CHECK(rounds.at(0).at(0).toStringList() == QStringList{u"augsburg"_s});
    CHECK(f.server.requestCount(u"api/v3/augsburg/de/pages/"_s) == 2);
    CHECK(f.server.requestCount(u"api/v3/augsburg/ar/pages/"_s) == 2);

    // The dashboard on screen shows the new title in place, without navigating.
    CHECK(f.location() == Location::dashboard(u"augsburg"_s, u"de"_s));
    CHECK(f.tileTitles().value(0) == u"Herzlich willkommen"_s);
}

TEST_CASE("Content younger than a day waits for the periodic round, which uses the interval")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    BackgroundRefresher &refresher = *f.window().refresher();
    refresher.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(2 * 3600); });
    f.server.clearRequests();
    QSignalSpy rounds(&refresher, &BackgroundRefresher::roundFinished);

    refresher.start();
    REQUIRE(waitUntil([&] { return rounds.size() == 1; }));
    CHECK(rounds.at(0).at(0).toStringList().isEmpty());
    CHECK(f.server.requestCount(u"api/v3/augsburg/"_s) == 0);

    // Two hours old: a round with a one-hour interval brings both languages up to date once.
    renameWelcomePage(f, u"Hallo"_s);
    refresher.refresh(3600);
    REQUIRE(waitUntil([&] { return rounds.size() == 2; }, 30000));
    CHECK(f.server.requestCount(u"api/v3/augsburg/de/pages/"_s) == 1);
    CHECK(f.server.requestCount(u"api/v3/augsburg/ar/pages/"_s) == 1);
    CHECK(f.tileTitles().value(0) == u"Hallo"_s);
}

TEST_CASE("The demo town and offline mode are never refreshed – the interval is a setting")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    BackgroundRefresher &refresher = *f.window().refresher();
    refresher.setClock([] { return QDateTime::currentDateTimeUtc().addDays(2); });
    refresher.setSkippedRegions({u"augsburg"_s});
    f.server.clearRequests();
    QSignalSpy rounds(&refresher, &BackgroundRefresher::roundFinished);
    refresher.refresh(0);
    REQUIRE(waitUntil([&] { return rounds.size() == 1; }));
    CHECK(f.server.requestCount() == 0);

    CHECK(f.settings->refreshHours() == Settings::DefaultRefreshHours);
    f.settings->setRefreshHours(0);
    CHECK(f.settings->refreshHours() == Settings::MinRefreshHours);
    CHECK(refresher.intervalHours() == Settings::DefaultRefreshHours);
    refresher.setIntervalHours(f.settings->refreshHours());
    CHECK(refresher.intervalHours() == 1);

    GuiFixture offline({u"de"_s}, true);
    offline.server.clearRequests();
    offline.window().refresher()->setClock(
        [] { return QDateTime::currentDateTimeUtc().addDays(9); });
    offline.window().refresher()->start();
    CHECK_FALSE(offline.window().refresher()->isRefreshing());
    CHECK(offline.server.requestCount() == 0);
}
