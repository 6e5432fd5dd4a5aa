// The first-run flow (app/desktop/firstrun) and the SyncController, offscreen, against the
// loopback test server with the API corpus: search by name and alias, pick, choose languages,
// download; an unreachable server offers the demo town; cancel while the server stalls.
#include "core/content/resourcename.h"
#include "core/paths/datapaths.h"
#include "core/store/store.h"
#include "corpus.h"
#include "desktop/common/theme.h"
#include "desktop/firstrun/demopack.h"
#include "desktop/firstrun/firstrunwizard.h"
#include "desktop/firstrun/languagepage.h"
#include "desktop/firstrun/languagerow.h"
#include "desktop/firstrun/regionlist.h"
#include "desktop/firstrun/regionpage.h"
#include "desktop/firstrun/syncpage.h"
#include "desktop/sync/synccontroller.h"
#include "firstrunfixture.h"
#include "guifixture.h"
#include "testserver.h"
#include "themescope.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>

using namespace integreat;
using namespace integreat::desktop;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

TEST_CASE("first run: search by name and alias then download German and Arabic", "[firstrun]")
{
    INTEGREAT_REQUIRE_CORPUS();
    TestServer server;
    server.loadCorpus(corpusDir());
    REQUIRE(server.start());
    Desk desk(server.baseUrl());
    Wizard w(desk);

    REQUIRE(waitUntil([&] { return w.regionsShown(); }));
    CHECK(w.search()->hasFocus());
    CHECK(w.rows().contains(u"Stadt Augsburg"_s));
    CHECK_FALSE(w.rows().contains(u"Testumgebung"_s)); // hidden regions are not listed
    CHECK(w.rows().contains(u"A"_s));                  // A–Z headers

    QTest::keyClicks(w.search(), u"augs"_s);
    CHECK(w.rows() == QStringList{u"A"_s, u"Stadt Augsburg"_s});
    w.search()->clear();
    QTest::keyClicks(w.search(), u"Kissing"_s);
    REQUIRE(w.list()->regionCount() == 1);
    CHECK(w.rows().at(1).startsWith(u"Stadt Augsburg"_s));
    CHECK(w.rows().at(1).contains(u"Kissing"_s));
    w.search()->clear();
    QTest::keyClicks(w.search(), u"nurnb"_s); // accent-insensitive: Nürnberg
    CHECK(w.rows().contains(u"Nürnberg"_s));
    w.search()->clear();
    QTest::keyClicks(w.search(), u"ugsburg"_s); // not at a word start
    CHECK(w.list()->regionCount() == 0);
    {
        // An empty result says what to try next.
        QString count;
        for (const QLabel *label : w.wizard.findChildren<QLabel *>()) {
            if (label->accessibleName() == u"Number of regions found"_s)
                count = label->text();
        }
        CHECK(count.contains(u"No town found for “ugsburg”"_s));
        CHECK(count.contains(u"Landkreis"_s));
    }
    w.search()->clear();
    QTest::keyClicks(w.search(), u"augsb"_s);

    // Enter picks the first match; English (UI) and German are preselected.
    QTest::keyClick(w.search(), Qt::Key_Return);
    REQUIRE(w.languageBox(u"de"_s));
    CHECK(w.wizard.languagePage()->languages() == QStringList{u"de"_s, u"en"_s});
    CHECK(w.languageBox(u"ar"_s)->accessibleName() == u"العربية"_s);
    w.languageBox(u"en"_s)->setChecked(false);
    w.languageBox(u"ar"_s)->setChecked(true);
    QTest::keyClick(w.languageBox(u"ar"_s), Qt::Key_Return); // Enter = Download

    REQUIRE(waitUntil([&] { return w.closed(); }, 30000));
    CHECK(w.wizard.result() == QDialog::Accepted);
    CHECK(w.wizard.region() == u"augsburg"_s);
    CHECK(w.wizard.languages() == QStringList{u"de"_s, u"ar"_s});
    CHECK(desk.store->pages(u"augsburg"_s, u"de"_s).size() > 5);
    CHECK_FALSE(desk.store->pages(u"augsburg"_s, u"ar"_s).isEmpty());
    CHECK(desk.store->page(u"augsburg"_s, u"de"_s, u"/augsburg/de/willkommen/"_s));
}

TEST_CASE("first run: a failed language shows Retry and Continue keeps the rest", "[firstrun]")
{
    INTEGREAT_REQUIRE_CORPUS();
    TestServer server;
    server.loadCorpus(corpusDir());
    REQUIRE(server.start());
    server.addFault(u"/api/v3/augsburg/ar/pages/"_s, FaultSpec{Fault::Status, 1, 500});
    Desk desk(server.baseUrl());
    Wizard w(desk);
    REQUIRE(waitUntil([&] { return w.regionsShown(); }));
    QTest::keyClicks(w.search(), u"augsburg"_s);
    QTest::keyClick(w.search(), Qt::Key_Down);
    QTest::keyClick(w.list(), Qt::Key_Return);
    w.languageBox(u"en"_s)->setChecked(false);
    w.languageBox(u"ar"_s)->setChecked(true);
    w.button(u"Download"_s)->click();

    SyncPage *page = w.wizard.syncPage();
    REQUIRE(waitUntil([&] { return !page->isRunning() && page->hasFailures(); }));
    CHECK(page->doneLanguages() == QStringList{u"de"_s});
    LanguageRow *arabic = nullptr;
    for (LanguageRow *row : page->findChildren<LanguageRow *>())
        arabic = row->code() == u"ar"_s ? row : arabic;
    REQUIRE(arabic);
    CHECK(arabic->state() == LanguageRow::State::Failed);
    CHECK(arabic->error().contains(u"500"_s));
    QPushButton *retry = arabic->findChild<QPushButton *>();
    REQUIRE((retry && retry->isVisible()));
    REQUIRE(w.button(u"Continue"_s));
    CHECK(w.button(u"Continue"_s)->isEnabled());

    retry->click(); // the fault was used up: this time it works, and the wizard is done
    REQUIRE(waitUntil([&] { return w.closed(); }));
    CHECK(w.wizard.result() == QDialog::Accepted);
    CHECK(w.wizard.languages() == QStringList{u"de"_s, u"ar"_s});
    CHECK_FALSE(desk.store->pages(u"augsburg"_s, u"ar"_s).isEmpty());
}

TEST_CASE("first run: Esc during a stalled download cancels and goes back", "[firstrun]")
{
    INTEGREAT_REQUIRE_CORPUS();
    TestServer server;
    server.loadCorpus(corpusDir());
    REQUIRE(server.start());
    server.addFault(u"/api/v3/augsburg/de/pages/"_s, FaultSpec{Fault::Stall});
    Desk desk(server.baseUrl());
    Wizard w(desk);
    REQUIRE(waitUntil([&] { return w.regionsShown(); }));
    QTest::keyClicks(w.search(), u"augsburg"_s);
    QTest::keyClick(w.search(), Qt::Key_Return);
    w.button(u"Download"_s)->click();
    REQUIRE(waitUntil([&] { return server.requestCount(u"/api/v3/augsburg/de/pages/"_s) > 0; }));

    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(&w.wizard, Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return !w.wizard.syncPage()->isRunning(); }, 5000));
    CHECK(clock.elapsed() < 3000);
    CHECK(w.wizard.isVisible()); // Esc cancelled the download, not the wizard
    CHECK(w.wizard.languagePage()->isVisible());
    bool noticed = false;
    for (const QLabel *label : w.wizard.languagePage()->findChildren<QLabel *>())
        noticed = noticed || (label->isVisible() && label->text().contains(u"cancelled"_s));
    CHECK(noticed);
    CHECK(desk.store->pages(u"augsburg"_s, u"de"_s).isEmpty());
    CHECK(desk.store->integrityCheck() == u"ok"_s);

    QTest::keyClick(&w.wizard, Qt::Key_Escape); // now Esc closes
    CHECK(w.closed());
    CHECK(w.wizard.result() == QDialog::Rejected);
}

TEST_CASE("first run: an unreachable server offers the demo town in three languages", "[firstrun]")
{
    TestServer server;
    REQUIRE(server.start());
    const QUrl gone = server.baseUrl();
    server.stop(); // connection refused from now on
    Desk desk(gone);
    Wizard w(desk);

    QPushButton *demo = nullptr;
    REQUIRE(waitUntil([&] { return (demo = w.button(u"Try the demo town"_s)) != nullptr; }));
    CHECK(w.button(u"Try again"_s));
    bool explained = false;
    for (const QLabel *label : w.wizard.regionPage()->findChildren<QLabel *>())
        explained =
            explained || (label->isVisible() && label->text().contains(u"cannot be reached"_s));
    CHECK(explained);

    demo->click();
    REQUIRE(w.closed());
    CHECK(w.wizard.result() == QDialog::Accepted);
    CHECK(w.wizard.region() == DemoPack::regionSlug());
    CHECK(w.wizard.languages() == QStringList{u"en"_s, u"de"_s, u"ar"_s});
    for (const QString &language : {u"de"_s, u"en"_s, u"ar"_s}) {
        INFO(language.toStdString());
        const QList<model::Page> pages = desk.store->pages(u"musterstadt"_s, language);
        CHECK(pages.size() >= 30);
        CHECK_FALSE(desk.store->events(u"musterstadt"_s, language).isEmpty());
        CHECK_FALSE(desk.store->places(u"musterstadt"_s, language).isEmpty());
        CHECK_FALSE(desk.store->news(u"musterstadt"_s, language).isEmpty());
    }
    // Stored like synced content: the image keeps its CMS URL and its file is in the cache
    // under the name the views look for.
    const auto welcome = desk.store->page(u"musterstadt"_s, u"en"_s, u"/musterstadt/en/welcome/"_s);
    REQUIRE(welcome);
    const QUrl banner(u"https://cms.integreat-app.de/media/demo/welcome.svg"_s);
    CHECK(welcome->content.contains(banner.toString()));
    CHECK(QFileInfo::exists(QDir(paths::DataPaths(desk.dir.path()).resourceDir())
                                .filePath(content::resourceFileName(banner))));
    CHECK(QDir(paths::DataPaths(desk.dir.path()).resourceDir()).entryList(QDir::Files).size() >=
          10);
}

TEST_CASE("first run: offline mode explains itself and offers only the demo", "[firstrun]")
{
    Desk desk(QUrl(u"http://127.0.0.1:9"_s), true);
    Wizard w(desk);
    REQUIRE(waitUntil([&] { return w.button(u"Try the demo town"_s) != nullptr; }, 2000));
    CHECK_FALSE(w.button(u"Try again"_s));
    bool saysOffline = false;
    for (const QLabel *label : w.wizard.regionPage()->findChildren<QLabel *>())
        saysOffline = saysOffline ||
                      (label->isVisible() && label->text() == SyncController::offlineMessage());
    CHECK(saysOffline);
}

TEST_CASE("first run: Nearby lists the regions close to the position first", "[firstrun]")
{
    INTEGREAT_REQUIRE_CORPUS();
    TestServer server;
    server.loadCorpus(corpusDir());
    REQUIRE(server.start());
    Desk desk(server.baseUrl());
    Wizard w(desk);
    REQUIRE(waitUntil([&] { return w.regionsShown(); }));
    CHECK(w.rows().constFirst() == u"A"_s);               // no position: no Nearby section
    w.wizard.regionPage()->setPosition(48.2958, 10.9870); // Kissing, an alias of Augsburg
    REQUIRE(w.rows().size() > 2);
    CHECK(w.wizard.regionPage()->hasNearby());
    CHECK(w.rows().at(0) == u"Nearby"_s);
    CHECK(w.rows().at(1) == u"Stadt Augsburg"_s);
    QTest::keyClicks(w.search(), u"n"_s); // searching hides it
    CHECK(w.rows().constFirst() != u"Nearby"_s);
}

TEST_CASE("first run: a position known before the list arrives still gives Nearby", "[firstrun]")
{
    INTEGREAT_REQUIRE_CORPUS();
    TestServer server;
    server.loadCorpus(corpusDir());
    REQUIRE(server.start());
    Desk desk(server.baseUrl());
    FirstRunWizard wizard(desk.sync, *desk.store);
    wizard.setNearbyEnabled(false);
    wizard.regionPage()->setPosition(49.45, 11.08); // Nuremberg
    wizard.show();
    REQUIRE(waitUntil([&] { return wizard.regionPage()->hasNearby(); }));
    const RegionList *list = wizard.findChild<RegionList *>();
    REQUIRE(list->model()->rowCount() > 2);
    CHECK(list->model()->index(0, 0).data().toString() == u"Nearby"_s);
    CHECK(list->model()->index(0, 0).data(Qt::AccessibleTextRole).toString() ==
          u"Regions near you"_s);
    CHECK(list->model()->index(1, 0).data().toString() == u"Nürnberg"_s);
}

// Not run by default: `test_firstrun "[.screenshots]"` with INTEGREAT_SCREENSHOT_DIR set writes
// firstrun-*.png of every page (docs/screenshots).
TEST_CASE("first run: screenshots of every page", "[.screenshots]")
{
    INTEGREAT_REQUIRE_CORPUS();
    const QString out = qEnvironmentVariable("INTEGREAT_SCREENSHOT_DIR");
    if (out.isEmpty()) {
        reportSkip(u"set INTEGREAT_SCREENSHOT_DIR"_s);
        return;
    }
    QDir().mkpath(out);
    Theme::apply(*qApp, Theme::make(false, 100));
    auto shoot = [&](QWidget &widget, const QString &name) {
        QCoreApplication::processEvents();
        CHECK(widget.grab().save(QDir(out).filePath(u"firstrun-"_s + name + u".png"_s)));
    };
    TestServer server;
    server.loadCorpus(corpusDir());
    REQUIRE(server.start());
    server.addFault(u"/api/v3/augsburg/ar/pages/"_s, FaultSpec{Fault::Status, -1, 500});
    server.addFault(u"/api/v3/augsburg/fa/pages/"_s, FaultSpec{Fault::Slow});
    {
        Desk desk(server.baseUrl());
        Wizard w(desk);
        w.wizard.resize(620, 640);
        REQUIRE(waitUntil([&] { return w.regionsShown(); }));
        w.wizard.regionPage()->setPosition(48.2958, 10.9870);
        shoot(w.wizard, u"1-regions"_s);
        QTest::keyClicks(w.search(), u"kiss"_s);
        QTest::keyClick(w.search(), Qt::Key_Down);
        shoot(w.wizard, u"2-region-search"_s);
        QTest::keyClick(w.list(), Qt::Key_Return);
        w.languageBox(u"ar"_s)->setChecked(true);
        w.languageBox(u"fa"_s)->setChecked(true);
        shoot(w.wizard, u"3-languages"_s);
        w.button(u"Download"_s)->click();
        REQUIRE(
            waitUntil([&] { return server.requestCount(u"/api/v3/augsburg/fa/pages/"_s) > 0; }));
        shoot(w.wizard, u"4-sync-progress"_s);
        REQUIRE(waitUntil([&] { return !w.wizard.syncPage()->isRunning(); }, 60000));
        shoot(w.wizard, u"5-sync-failed"_s);
        w.wizard.setLayoutDirection(Qt::RightToLeft); // as under an Arabic or Farsi UI
        shoot(w.wizard, u"7-sync-failed-rtl"_s);
    }
    const QUrl gone = server.baseUrl();
    server.stop();
    {
        Desk desk(gone);
        Wizard w(desk);
        w.wizard.resize(620, 640);
        REQUIRE(waitUntil([&] { return w.button(u"Try the demo town"_s) != nullptr; }));
        shoot(w.wizard, u"6-server-unreachable"_s);
    }
}
