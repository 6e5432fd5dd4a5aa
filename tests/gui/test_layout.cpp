// Layouts that hold at 200 % text: the Settings dialog fits the screen and keeps its Close
// button visible, the selected section tab is never clipped. On the demo town (no corpus).
#include "core/paths/datapaths.h"
#include "core/store/search.h"
#include "core/store/store.h"
#include "demowindow.h"
#include "desktop/common/settings.h"
#include "desktop/common/theme.h"
#include "desktop/firstrun/demopack.h"
#include "desktop/mainwindow/elidedlabel.h"
#include "desktop/mainwindow/headerbar.h"
#include "desktop/mainwindow/mainwindow.h"
#include "desktop/mainwindow/sectionbar.h"
#include "desktop/mainwindow/syncstatewidget.h"
#include "desktop/news/newsreadstate.h"
#include "desktop/news/newsview.h"
#include "desktop/notify/newswatchcontroller.h"
#include "desktop/pages/breadcrumbbar.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/pages/noticebar.h"
#include "desktop/search/searchview.h"
#include "desktop/settings/settingsdialog.h"
#include "desktop/sync/synccontroller.h"
#include "guifixture.h"
#include "themescope.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QToolButton>
#include <QVBoxLayout>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::DemoWindow;
using integreat::testing::ThemeScope;

TEST_CASE("The demo town says it is a demo, has nothing to update and no notifications ticked")
{
    DemoWindow d;
    SyncStateWidget *state = d.window.header()->syncState();
    CHECK(state->isDemo());
    CHECK(state->stateText().contains(u"Demo"_s));
    CHECK_FALSE(state->stateText().contains(u"Offline"_s));
    d.window.syncNow();
    CHECK_FALSE(d.sync.isBusy());
    CHECK(d.window.localInformation()->noticeBar()->text().contains(u"demo"_s));
    CHECK_FALSE(
        NewsWatchController::isEnabled(d.store, d.settings, DemoPack::regionSlug(), u"de"_s));
}

TEST_CASE("The update state keeps one width whatever it says")
{
    SyncStateWidget state;
    state.show();
    state.setLastUpdate(QDateTime::currentDateTimeUtc());
    const int label = state.findChild<QLabel *>(u"MutedLabel"_s)->width();
    const QSize button =
        state.syncButton()->minimumSizeHint().expandedTo(state.syncButton()->minimumSize());
    state.setLastUpdate(QDateTime::currentDateTimeUtc().addSecs(-5 * 3600));
    CHECK(state.findChild<QLabel *>(u"MutedLabel"_s)->width() == label);
    const QString progress = u"Українська: downloading the pages of the town (3 of 12)"_s;
    state.setBusy(true, progress);
    CHECK(state.findChild<QLabel *>(u"MutedLabel"_s)->width() == label);
    CHECK(state.stateText() == progress); // the whole text stays readable (tooltip, AT)
    CHECK(state.syncButton()->minimumSize().width() == button.width());
    state.setBusy(false);
    CHECK(state.findChild<QLabel *>(u"MutedLabel"_s)->width() == label);
}

TEST_CASE("Long breadcrumbs fold in the middle and keep every title in a tooltip")
{
    BreadcrumbBar bar;
    QList<BreadcrumbBar::Crumb> crumbs;
    for (const QString &title :
         {u"Local information"_s, u"Willkommen in der Stadt Augsburg und Umgebung"_s,
          u"Arbeit, Ausbildung und Studium für Neuzugewanderte"_s, u"Anerkennung"_s,
          u"Beratungsstellen für die Anerkennung ausländischer Berufsabschlüsse"_s})
        crumbs.append({title, Location::dashboard(u"augsburg"_s, u"de"_s)});
    bar.setCrumbs(crumbs);
    bar.resize(2400, 40);
    bar.show();
    REQUIRE(integreat::testing::waitUntil([&] { return bar.isVisible(); }));
    // Wide enough: nothing folded (the row is rebuilt just after a resize).
    CHECK(integreat::testing::waitUntil(
        [&] { return bar.findChild<QToolButton *>(u"FoldedCrumbs"_s) == nullptr; }));
    bar.resize(420, 40);
    CHECK(integreat::testing::waitUntil(
        [&] { return bar.width() == 420 && bar.layout()->sizeHint().width() <= 420; }));
    auto *folded = bar.findChild<QToolButton *>(u"FoldedCrumbs"_s);
    REQUIRE(folded);
    CHECK(folded->toolTip().contains(u"Willkommen"_s));
    CHECK(bar.titles().size() == 5); // the crumbs themselves are all still there
    bool lastHasTooltip = false;
    for (QLabel *label : bar.findChildren<QLabel *>(u"CurrentCrumb"_s))
        lastHasTooltip = label->toolTip() == crumbs.last().title;
    CHECK(lastHasTooltip);
}

TEST_CASE("At 200 % text the Settings dialog fits the screen and its Close button is on it")
{
    QTemporaryDir dir;
    store::Store store(paths::DataPaths(dir.path()).storeFile());
    DemoPack::import(store, dir.path(), QUrl(u"http://127.0.0.1:1"_s), {u"de"_s});
    Settings settings(dir.filePath(u"settings.ini"_s));
    const ThemeScope theme(200);
    SettingsDialog dialog(store, settings, dir.path());
    dialog.show();
    REQUIRE(integreat::testing::waitUntil([&] { return dialog.isVisible(); }));
    const QRect screen = dialog.screen()->availableGeometry();
    INFO("screen " << screen.width() << "x" << screen.height() << ", dialog "
                   << dialog.frameGeometry().width() << "x" << dialog.frameGeometry().height());
    CHECK(dialog.frameGeometry().width() <= screen.width());
    CHECK(dialog.frameGeometry().height() <= screen.height());
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    REQUIRE(close);
    CHECK(close->isVisible());
    const QRect closeRect(close->mapTo(&dialog, QPoint(0, 0)), close->size());
    CHECK(dialog.rect().contains(closeRect));
    // What does not fit scrolls.
    auto *scroll = dialog.findChild<QScrollArea *>(u"SettingsScroll"_s);
    REQUIRE(scroll);
    CHECK(scroll->widget()->sizeHint().height() > scroll->viewport()->height());
}

TEST_CASE("The selected section tab is wide enough for its bold label")
{
    for (const int scale : {100, 200}) {
        const ThemeScope theme(scale);
        SectionBar bar;
        bar.setSections({{u"local"_s, u"Local information"_s}, {u"places"_s, u"Places"_s}},
                        u"local"_s);
        bar.resize(1200, bar.sizeHint().height());
        bar.show();
        REQUIRE(integreat::testing::waitUntil([&] { return bar.isVisible(); }));
        for (QToolButton *tab : bar.findChildren<QToolButton *>()) {
            QFont bold = tab->font();
            bold.setWeight(QFont::Bold);
            INFO(tab->text().toStdString() << " at " << scale << " %");
            CHECK(tab->width() >= QFontMetrics(bold).horizontalAdvance(tab->text()));
        }
    }
}

TEST_CASE("A disabled button looks disabled")
{
    const ThemeScope theme(100);
    QWidget box;
    auto *layout = new QVBoxLayout(&box);
    auto *on = new QPushButton(u"Show 3 places"_s, &box);
    auto *off = new QPushButton(u"Show 0 places"_s, &box);
    off->setEnabled(false);
    layout->addWidget(on);
    layout->addWidget(off);
    box.show();
    REQUIRE(integreat::testing::waitUntil([&] { return box.isVisible(); }));
    const QImage enabled = on->grab().toImage();
    const QImage disabled = off->grab().toImage();
    const QPoint inside(6, enabled.height() / 2);
    CHECK(enabled.pixelColor(inside) == Theme::current().surface);
    CHECK(disabled.pixelColor(inside) == Theme::current().surfaceAlt);
}

TEST_CASE("An empty news list says why and what happens next")
{
    QTemporaryDir dir;
    store::Store store(paths::DataPaths(dir.path()).storeFile());
    DemoPack::import(store, dir.path(), QUrl(u"http://127.0.0.1:9"_s), {u"de"_s});
    NewsReadState read(dir.filePath(u"news.ini"_s));
    NewsView view(store, read, QUrl(u"http://127.0.0.1:9"_s));
    view.resize(800, 600);
    view.show();
    view.showRegion(DemoPack::regionSlug(), u"de"_s);
    CHECK(view.list()->model()->rowCount() > 0);
    auto *empty = view.findChild<QLabel *>(u"EmptyState"_s);
    REQUIRE(empty);
    CHECK_FALSE(empty->isVisible());
    // A language without news (nothing stored for it).
    view.showRegion(DemoPack::regionSlug(), u"xx"_s);
    CHECK(view.list()->model()->rowCount() == 0);
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(u"no news"_s));
}

TEST_CASE("A capped result list says it has 75 or more results")
{
    DemoWindow d;
    // 90 pages with the same word: more than the search shows.
    store::LanguageContent content;
    content.region = DemoPack::regionSlug();
    content.language = {u"de"_s, u"de-de"_s, u"Deutsch"_s, false};
    for (int n = 0; n < 90; ++n) {
        model::Page page;
        page.id = 9000 + n;
        page.path = u"/musterstadt/de/wohnung-%1/"_s.arg(n);
        page.title = u"Wohnung %1"_s.arg(n);
        page.content = u"<p>Eine Wohnung finden, Nummer %1.</p>"_s.arg(n);
        page.lastUpdated = QDateTime::currentDateTimeUtc();
        content.pages.append(page);
    }
    d.store.applyLanguage(content);
    d.window.open(Location::search(DemoPack::regionSlug(), u"de"_s, u"Wohnung"_s));
    SearchView *search = d.window.localInformation()->searchView();
    REQUIRE(integreat::testing::waitUntil(
        [&] { return !search->isSearching() && search->resultCount() > 0; }));
    CHECK(search->resultCount() == store::Search::MaxResults);
    CHECK(search->summaryText().contains(u"75 or more results"_s));
}

TEST_CASE("At 200 % text in a small window the header fits: the town's name gives way last")
{
    const ThemeScope theme(200);
    DemoWindow d;
    d.window.resize(720, 480);
    HeaderBar *header = d.window.header();
    REQUIRE(integreat::testing::waitUntil([&] { return d.window.width() <= 800; }));
    QApplication::processEvents();
    const QRect inside = header->rect();
    for (QWidget *child : header->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!child->isVisible())
            continue;
        INFO(child->metaObject()->className()
             << " " << child->objectName().toStdString() << " at " << child->geometry().x() << "+"
             << child->geometry().width() << " of " << inside.width());
        CHECK(child->geometry().left() >= 0);
        CHECK(child->geometry().right() <= inside.right());
    }
    auto *name = header->findChild<ElidedLabel *>(u"RegionName"_s);
    REQUIRE(name);
    CHECK(name->text() == u"Musterstadt (Demo)"_s);
    if (name->isElided())
        CHECK(name->toolTip() == name->text());
    // At a comfortable width everything is back: logo and the name in full.
    d.window.resize(1600, 900);
    REQUIRE(integreat::testing::waitUntil([&] { return d.window.width() >= 1400; }));
    QApplication::processEvents();
    CHECK_FALSE(name->isElided());
}

TEST_CASE("At 800×600 with 200 % text the header's parts keep their room and none covers another")
{
    const ThemeScope theme(200);
    DemoWindow d;
    d.window.resize(800, 600);
    REQUIRE(integreat::testing::waitUntil([&] { return d.window.width() <= 800; }));
    QApplication::processEvents();
    HeaderBar *header = d.window.header();
    QLineEdit *search = header->searchField();
    // The town's name and the logo give way first; the search field keeps at least its floor,
    // and never more than the others leave (at this size that is little: see the README).
    INFO("search field " << search->width() << " of " << header->width());
    CHECK(search->width() >= 96);
    const auto parts = header->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *child : parts) {
        if (!child->isVisible())
            continue;
        CHECK(child->geometry().right() <= header->rect().right());
        // No part drawn over another (the town's Change button under the search field).
        for (QWidget *other : parts) {
            if (other != child && other->isVisible() && !other->isWindow()) {
                INFO(child->objectName().toStdString()
                     << " and " << other->objectName().toStdString());
                CHECK_FALSE(child->geometry().intersects(other->geometry()));
            }
        }
    }
}
