// The kiosk for touch screens, in a real window (run under Xvfb by run_under_xvfb.sh): the
// on-screen keyboard in the visitor's script, only the configured sections, several towns.
#include "desktop/common/translations.h"
#include "desktop/firstrun/demopack.h"
#include "desktop/kiosk/keyboardlayout.h"
#include "desktop/kiosk/kiosksession.h"
#include "desktop/kiosk/qrcard.h"
#include "desktop/kiosk/startscreen.h"
#include "desktop/kiosk/touchkeyboard.h"
#include "desktop/mainwindow/headerbar.h"
#include "desktop/mainwindow/mainwindow.h"
#include "desktop/mainwindow/regionbutton.h"
#include "desktop/mainwindow/sectionbar.h"
#include "desktop/mainwindow/sectionshell.h"
#include "desktop/pages/linkrouter.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/search/searchview.h"
#include "guifixture.h"
#include "kioskfixture.h"
#include "syncfixture.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QTabBar>
#include <QTest>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::desktop;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

/// With KIOSK_SCREENSHOT_DIR set: the whole X screen as DIR/name.png (for the README).
void screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("KIOSK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    QProcess::execute(u"import"_s, {u"-window"_s, u"root"_s, dir + u'/' + name + u".png"_s});
}

void tapKey(QPushButton *key)
{
    REQUIRE(key);
    INFO(key->text().toStdString());
    REQUIRE(key->isVisible());
    QTest::mouseClick(key, Qt::LeftButton);
}

/// Types `query` into the session's search field and waits for its results; their kinds.
QStringList searchKinds(KioskSession &session, const QString &query)
{
    MainWindow &main = *session.window();
    QLineEdit *search = main.searchField();
    search->clear();
    QTest::keyClicks(search, query);
    SearchView *view = main.localInformation()->searchView();
    REQUIRE(waitUntil([&] {
        return main.currentLocation().kind == Location::Kind::Search &&
               main.currentLocation().query == query && !view->isSearching();
    }));
    QStringList kinds;
    const QAbstractItemModel *model = view->list()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        kinds += model->index(row, 0).data(SearchView::HitKindRole).toString();
    return kinds;
}

/// The controls a finger can reach in `root` that are smaller than 44 × 44 px (list rows:
/// that can be chosen lower than 44 px), as "class objectName w×h" (the accessible name when it has
/// no name).
QStringList smallTargets(const QWidget &root)
{
    constexpr int Min = 44;
    QStringList small;
    const auto name = [](const QWidget *widget) {
        const QString id =
            widget->objectName().isEmpty() ? widget->accessibleName() : widget->objectName();
        return u"%1 '%2' %3x%4"_s
            .arg(QString::fromLatin1(widget->metaObject()->className()),
                 id.isEmpty() ? widget->property("text").toString() : id)
            .arg(widget->width())
            .arg(widget->height());
    };
    for (QWidget *widget : root.findChildren<QWidget *>()) {
        if (!widget->isVisible() || !widget->isEnabled())
            continue;
        if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
            qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)) {
            if (widget->width() < Min || widget->height() < Min)
                small += name(widget);
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                const QRect tab = tabs->tabRect(i);
                if (tabs->isTabVisible(i) && (tab.width() < Min || tab.height() < Min))
                    small += name(widget) + u" tab %1"_s.arg(i);
            }
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            const int rows = std::min(view->model()->rowCount(view->rootIndex()), 30);
            for (int row = 0; row < rows; ++row) {
                const QModelIndex index = view->model()->index(row, 0, view->rootIndex());
                const QRect rect = view->visualRect(index);
                // Headings (not selectable) are no targets.
                const bool target = index.flags().testFlag(Qt::ItemIsSelectable);
                if (target && rect.isValid() && rect.height() < Min)
                    small += name(widget) + u" row %1 height %2"_s.arg(row).arg(rect.height());
            }
        }
    }
    return small;
}

/// Shows `location` in the session's window and lets it lay out.
void showIn(MainWindow &main, const Location &location)
{
    main.open(location);
    REQUIRE(waitUntil([&] { return main.currentLocation().kind == location.kind; }));
    QApplication::processEvents();
}

} // namespace

TEST_CASE("Keyboard layouts: the visitor's script, Latin with a note otherwise")
{
    bool fallback = true;
    CHECK(KeyboardLayout::forLanguage(u"fa"_s, &fallback).code == u"fa"_s);
    CHECK_FALSE(fallback);
    for (const QString &code : {u"de"_s, u"en"_s, u"ar"_s, u"fa"_s, u"uk"_s, u"ru"_s, u"tr"_s}) {
        INFO(code.toStdString());
        CHECK(KeyboardLayout::forLanguage(code, &fallback).code == code);
        CHECK_FALSE(fallback);
    }
    CHECK(KeyboardLayout::forLanguage(u"ti"_s, &fallback).code == u"en"_s);
    CHECK(fallback);
    const auto hasKey = [](const KeyboardLayout &layout, const QString &key) {
        for (const QStringList &row : layout.rows) {
            if (row.contains(key))
                return true;
        }
        return false;
    };
    // Letters only that script has: Persian yeh and keheh, Ukrainian yi, Turkish dotless i.
    CHECK(hasKey(KeyboardLayout::forLanguage(u"fa"_s), u"ی"_s));
    CHECK(hasKey(KeyboardLayout::forLanguage(u"fa"_s), u"ک"_s));
    CHECK(hasKey(KeyboardLayout::forLanguage(u"ar"_s), u"ي"_s));
    CHECK(hasKey(KeyboardLayout::forLanguage(u"uk"_s), u"ї"_s));
    CHECK(hasKey(KeyboardLayout::forLanguage(u"ru"_s), u"ы"_s));
    CHECK(hasKey(KeyboardLayout::forLanguage(u"de"_s), u"ß"_s));
    CHECK(hasKey(KeyboardLayout::forLanguage(u"tr"_s), u"ı"_s));
    const KeyboardLayout &turkish = KeyboardLayout::forLanguage(u"tr"_s);
    CHECK(turkish.shifted(u"i"_s) == u"İ"_s);
    CHECK(turkish.shifted(u"ı"_s) == u"I"_s);
    CHECK(KeyboardLayout::forLanguage(u"uk"_s).shifted(u"ї"_s) == u"Ї"_s);
    CHECK(KeyboardLayout::forLanguage(u"ar"_s).shifted(u"ب"_s) == u"ب"_s);

    TouchKeyboard keyboard;
    keyboard.setLanguage(u"ti"_s);
    CHECK(keyboard.layoutCode() == u"en"_s);
    CHECK_FALSE(keyboard.note().isEmpty());
    keyboard.setLanguage(u"uk"_s);
    CHECK(keyboard.note().isEmpty());
    CHECK(keyboard.key(u"ї"_s));
    CHECK_FALSE(keyboard.key(u"q"_s));
}

TEST_CASE("Search on a touch screen: the keyboard types Arabic into the search field")
{
    Translations translations; // outlives the window
    KioskFixture f;
    // The UI language follows the visitor's, as in the kiosk app (KioskApp).
    f.window->setUiLanguageSetter([&translations](const QString &code) {
        const QString installed = translations.install(code);
        QLocale::setDefault(QLocale(installed));
        QGuiApplication::setLayoutDirection(QLocale(installed).textDirection());
    });
    screenshot(u"kiosk-start"_s);
    f.startSession(u"ar"_s);
    KioskSession *session = f.window->session();
    CHECK(session->startOverButton()->text() != u"Start over"_s); // in Arabic
    screenshot(u"kiosk-dashboard"_s);
    QLineEdit *search = session->window()->searchField();
    TouchKeyboard *keyboard = session->keyboard();
    CHECK_FALSE(keyboard->isVisible());

    QTest::mouseClick(search, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return keyboard->isVisible(); }));
    CHECK(keyboard->layoutCode() == u"ar"_s);
    CHECK(keyboard->note().isEmpty());
    // Keys in the Arabic keyboard's order (ض at the left), also in the right-to-left window.
    CHECK(QGuiApplication::layoutDirection() == Qt::RightToLeft);
    REQUIRE(keyboard->key(u"ض"_s));
    REQUIRE(keyboard->key(u"د"_s));
    CHECK(keyboard->key(u"ض"_s)->x() < keyboard->key(u"د"_s)->x());
    CHECK(keyboard->key(u"ض"_s)->height() >= 44);
    CHECK(keyboard->key(u"ض"_s)->width() >= 44);
    // All of it on the screen: the window keeps the screen's size.
    CHECK(f.window->geometry() == QGuiApplication::primaryScreen()->geometry());
    CHECK(f.window->rect().contains(
        keyboard->mapTo(f.window.get(), QPoint(keyboard->width() - 1, keyboard->height() - 1))));

    for (const QString &letter : {u"س"_s, u"ك"_s, u"ن"_s, u"ن"_s})
        tapKey(keyboard->key(letter));
    tapKey(keyboard->backspaceKey());
    CHECK(search->hasFocus()); // the keys never take it
    CHECK(search->text() == u"سكن"_s);
    REQUIRE(waitUntil([&] {
        const Location here = session->window()->currentLocation();
        return here.kind == Location::Kind::Search && here.query == u"سكن"_s;
    }));
    tapKey(keyboard->spaceKey());
    CHECK(search->text() == u"سكن "_s);
    SearchView *results = session->window()->localInformation()->searchView();
    REQUIRE(waitUntil(
        [&] { return !results->isSearching() && results->list()->model()->rowCount() > 0; }));
    screenshot(u"kiosk-keyboard"_s);

    // Latin letters a tap away, Shift for one capital.
    tapKey(keyboard->switchKey());
    CHECK(keyboard->layoutCode() == u"en"_s);
    tapKey(keyboard->shiftKey());
    tapKey(keyboard->key(u"a"_s));
    tapKey(keyboard->key(u"b"_s));
    CHECK(search->text() == u"سكن Ab"_s);

    tapKey(keyboard->hideKey());
    CHECK_FALSE(keyboard->isVisible());
    QTest::mouseClick(search, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return keyboard->isVisible(); }));
    CHECK(keyboard->layoutCode() == u"ar"_s); // the visitor's script again

    // A German visitor's phone number leaves as a QR code (the README's picture).
    QTest::mouseClick(session->startOverButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return f.window->session() == nullptr; }));
    f.startSession(u"de"_s);
    MainWindow *main = f.window->session()->window();
    main->localInformation()->linkRouter()->activate(QUrl(u"tel:+49821324123"_s),
                                                     main->currentLocation());
    REQUIRE(f.window->qrCard());
    CHECK(f.window->qrCard()->isVisible());
    CHECK(f.window->geometry() == QGuiApplication::primaryScreen()->geometry());
    CHECK(f.window->rect().contains(f.window->qrCard()->closeButton()->geometry()));
    screenshot(u"kiosk-qr"_s);
}

TEST_CASE("Only the configured sections appear in the kiosk")
{
    {
        KioskFixture all; // every section: the event and the place are found
        all.startSession(u"de"_s);
        CHECK(all.window->session()->window()->sectionBar()->sectionIds() ==
              QStringList{u"local"_s, u"places"_s, u"events"_s, u"news"_s});
        CHECK(searchKinds(*all.window->session(), u"Sprachcaf"_s).contains(u"event"_s));
        CHECK(searchKinds(*all.window->session(), u"Stadtbibliothek"_s).contains(u"place"_s));
    }
    KioskFixture f(120, 20, [](kiosk::KioskConfig &config, store::Store &, const QString &) {
        config.sections = {u"news"_s, u"local"_s};
    });
    f.startSession(u"de"_s);
    KioskSession *session = f.window->session();
    MainWindow *main = session->window();
    CHECK(main->currentSection()->id() == u"news"_s); // the first one listed
    CHECK(main->sectionBar()->sectionIds() == QStringList{u"local"_s, u"news"_s});
    CHECK(searchKinds(*session, u"Sprachcaf"_s).filter(u"event"_s).isEmpty());
    CHECK(searchKinds(*session, u"Stadtbibliothek"_s).filter(u"place"_s).isEmpty());
    // A way into a hidden section (a link, a result) shows an offered one instead.
    main->open(Location::events(DemoPack::regionSlug(), u"de"_s));
    CHECK(main->currentSection()->id() != u"events"_s);
    main->open(Location::places(DemoPack::regionSlug(), u"de"_s));
    CHECK(main->currentSection()->id() != u"places"_s);
}

TEST_CASE("Without Local information the kiosk has no search field")
{
    KioskFixture f(120, 20, [](kiosk::KioskConfig &config, store::Store &, const QString &) {
        config.sections = {u"events"_s};
    });
    f.startSession(u"de"_s);
    MainWindow *main = f.window->session()->window();
    CHECK(main->currentSection()->id() == u"events"_s);
    CHECK_FALSE(main->searchField()->isVisible());
    CHECK_FALSE(main->sectionBar()->isVisible()); // one section: no tabs
}

TEST_CASE("A kiosk of several towns offers the towns first")
{
    INTEGREAT_REQUIRE_CORPUS();
    TestServer server;
    server.loadCorpus(corpusDir());
    REQUIRE(server.start());
    KioskFixture f(
        120, 20, [&server](kiosk::KioskConfig &config, store::Store &store, const QString &) {
            api::HttpClient http(fastHttpOptions());
            sync::SyncEngine engine(store, http, server.baseUrl());
            const sync::SyncReport report = engine.run(u"augsburg"_s, {u"de"_s, u"ar"_s});
            INFO(report.error.toStdString());
            REQUIRE(report.ok());
            config.regions = {DemoPack::regionSlug(), u"augsburg"_s, u"nowhere"_s};
        });
    StartScreen *start = f.window->startScreen();
    // "nowhere" has no content: not offered.
    CHECK(start->townSlugs() == QStringList{DemoPack::regionSlug(), u"augsburg"_s});
    CHECK(start->languageCodes().isEmpty());
    CHECK_FALSE(start->otherTownButton()->isVisible());
    screenshot(u"kiosk-towns"_s);

    auto *augsburg = start->findChild<QPushButton *>(u"KioskTown_augsburg"_s);
    REQUIRE(augsburg);
    CHECK(augsburg->text() != u"augsburg"_s); // its name, not its slug
    CHECK(augsburg->height() >= 44);
    QTest::mouseClick(augsburg, Qt::LeftButton);
    CHECK(start->languageCodes() == QStringList{u"de"_s, u"ar"_s}); // stored ones only
    CHECK(start->otherTownButton()->isVisible());
    QTest::mouseClick(start->otherTownButton(), Qt::LeftButton);
    CHECK(start->townSlugs().size() == 2);

    QTest::mouseClick(start->findChild<QPushButton *>(u"KioskTown_augsburg"_s), Qt::LeftButton);
    f.startSession(u"ar"_s);
    CHECK(f.window->session()->window()->currentLocation().region == u"augsburg"_s);
    QTest::mouseClick(f.window->session()->startOverButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return f.window->session() == nullptr; }));
    CHECK(start->townSlugs().size() == 2); // the next visitor chooses the town again
    CHECK(start->languageCodes().isEmpty());
}

TEST_CASE("Every control a visitor can reach is a touch target of 44 px at least")
{
    KioskFixture f;
    CHECK(smallTargets(*f.window->startScreen()).join(u"\n"_s).toStdString() == std::string());
    f.startSession(u"de"_s);
    KioskSession *session = f.window->session();
    MainWindow &main = *session->window();
    const QString region = DemoPack::regionSlug();
    CHECK(main.sectionBar()->sectionIds().size() == 4); // all four sections with their tabs
    CHECK_FALSE(main.header()->region()->changeButton()->isVisible()); // towns: start screen

    const auto check = [&](const QString &where) {
        INFO(where.toStdString());
        CHECK(smallTargets(*session).join(u"\n"_s).toStdString() == std::string());
    };
    showIn(main, Location::dashboard(region, u"de"_s));
    check(u"dashboard"_s);
    // A tile opens a page: breadcrumbs, back and forward.
    QWidget *canvas = main.findChild<QWidget *>(u"DashboardCanvas"_s);
    REQUIRE(canvas);
    const QList<QAbstractButton *> tiles = canvas->findChildren<QAbstractButton *>();
    REQUIRE_FALSE(tiles.isEmpty());
    QTest::mouseClick(tiles.constFirst(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return main.currentLocation().kind == Location::Kind::Page; }));
    QApplication::processEvents();
    check(u"page"_s);
    showIn(main, Location::places(region, u"de"_s));
    check(u"places"_s);
    showIn(main, Location::events(region, u"de"_s));
    check(u"events"_s);
    showIn(main, Location::news(region, u"de"_s));
    check(u"news"_s);
    CHECK_FALSE(searchKinds(*session, u"Stadt"_s).isEmpty());
    check(u"search results"_s);
    QTest::mouseClick(main.searchField(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return session->keyboard()->isVisible(); }));
    check(u"keyboard"_s);

    main.localInformation()->linkRouter()->activate(QUrl(u"tel:+49821324123"_s),
                                                    main.currentLocation());
    REQUIRE(f.window->qrCard());
    REQUIRE(f.window->qrCard()->isVisible());
    CHECK(smallTargets(*f.window->qrCard()).join(u"\n"_s).toStdString() == std::string());
}
