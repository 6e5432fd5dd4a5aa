// The main window: header, sections, dashboard tiles, imprint.
#include "desktop/mainwindow/headerbar.h"
#include "desktop/mainwindow/languagebutton.h"
#include "desktop/mainwindow/regionbutton.h"
#include "desktop/mainwindow/sectionbar.h"
#include "desktop/mainwindow/syncstatewidget.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/dashboardview.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/pages/tilebutton.h"
#include "guifixture.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::GuiFixture;
using integreat::testing::waitUntil;

TEST_CASE("The dashboard shows the top-level pages as tiles in CMS order")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    CHECK(f.location() == Location::dashboard(u"augsburg"_s, u"de"_s));
    CHECK(f.content().currentView() == f.content().dashboard());
    const QStringList tiles = f.tileTitles();
    REQUIRE(tiles.size() == 9);
    CHECK(tiles.mid(0, 4) == QStringList{u"Willkommen"_s, u"Behörden und Beratung"_s,
                                         u"Deutsche Sprache"_s, u"Alltag"_s});
    // Every tile is a keyboard-reachable button named by its title.
    for (TileButton *tile : f.content().dashboard()->tiles()) {
        CHECK(tile->focusPolicy() == Qt::StrongFocus);
        CHECK(tile->accessibleName() == tile->text());
    }
    CHECK(f.window().windowTitle().contains(u"Stadt Augsburg"_s));
}

TEST_CASE("The header names the region and offers its languages")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    HeaderBar *header = f.window().header();
    CHECK(header->region()->name() == u"Augsburg"_s);
    const QList<LanguageButton::Entry> languages = header->language()->languages();
    QStringList codes, stored;
    for (const LanguageButton::Entry &entry : languages) {
        codes << entry.code;
        if (entry.stored)
            stored << entry.code;
    }
    CHECK(codes == QStringList{u"de"_s, u"en"_s, u"ar"_s, u"fa"_s});
    CHECK(stored == QStringList{u"de"_s, u"ar"_s});
    CHECK(header->language()->text() == u"Deutsch"_s);
    CHECK(header->syncState()->stateText().contains(u"Updated"_s));
    CHECK_FALSE(header->syncState()->isOffline());
    CHECK_FALSE(header->searchField()->accessibleName().isEmpty());
}

TEST_CASE("Only sections with a screen are shown")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    // Augsburg enables events and places; events have a screen.
    const QStringList ids = f.window().sectionBar()->sectionIds();
    CHECK(ids.value(0) == u"local"_s);
    CHECK(ids.contains(u"events"_s));
    CHECK(f.window().sectionBar()->isVisible());
}

TEST_CASE("Clicking a tile opens the page with its children listed")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    TileButton *welcome = f.content().dashboard()->tiles().value(0);
    REQUIRE(welcome);
    welcome->click();
    CHECK(f.location().kind == Location::Kind::Page);
    CHECK(f.location().path == u"/augsburg/de/willkommen/"_s);
    CHECK(f.content().currentView() == f.content().browser());
    const QString text = f.pageText();
    CHECK(text.contains(u"Willkommen"_s));
    CHECK(text.contains(u"Wissenswertes über Augsburg"_s));  // a child
    CHECK(text.contains(u"Kontakt zu App Team Augsburg"_s)); // the last child
    CHECK(f.breadcrumbs() == QStringList{u"Local information"_s, u"Willkommen"_s});
}

TEST_CASE("A leaf page shows its content with the last update and organization")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    f.open(Location::page(u"augsburg"_s, u"de"_s, f.pathOf(u"Über die App Integreat Augsburg"_s)));
    const QString text = f.pageText();
    CHECK(text.contains(u"Über die App Integreat Augsburg"_s));
    CHECK(text.contains(u"Last updated on"_s));
    CHECK(text.contains(u"Nicht archivierte Organisation"_s));
    CHECK(f.breadcrumbs() == QStringList{u"Local information"_s, u"Willkommen"_s,
                                         u"Über die App Integreat Augsburg"_s});
}

TEST_CASE("The imprint opens from the menu")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    QAction *imprint = nullptr;
    for (QAction *action : f.window().header()->menuButton()->menu()->actions()) {
        if (action->text() == u"Imprint"_s)
            imprint = action;
    }
    REQUIRE(imprint);
    imprint->trigger();
    CHECK(f.location() == Location::imprint(u"augsburg"_s, u"de"_s));
    CHECK(f.pageText().contains(u"Stadt Augsburg"_s));

    // The Arabic content has no imprint: say so and offer the language that has one.
    f.open(Location::imprint(u"augsburg"_s, u"ar"_s));
    CHECK(f.pageText().contains(u"no imprint in this language"_s));
    CHECK(f.content().noticeBar()->actionLabels() == QStringList{u"Deutsch"_s});
    REQUIRE(f.content().noticeBar()->trigger(u"Deutsch"_s));
    CHECK(f.location() == Location::imprint(u"augsburg"_s, u"de"_s));
}
