// F6 and Shift+F6 move between the window's regions (header, section tabs, breadcrumbs,
// content, side panels); search result counts and the update's progress and end are live
// regions: status bars whose name is the announcement (the events themselves reach the
// platform bridge only with accessibility active: test_atspi_announce.cpp, under X).
#include "catchqt.h"
#include "demowindow.h"
#include "desktop/accessibility/accessibility.h"
#include "desktop/mainwindow/headerbar.h"
#include "desktop/mainwindow/sectionbar.h"
#include "desktop/mainwindow/syncstatewidget.h"
#include "desktop/pages/breadcrumbbar.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/places/mapwidget.h"
#include "desktop/places/placelistpanel.h"
#include "desktop/places/placesview.h"
#include "desktop/search/searchview.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using namespace integreat::testing;

namespace {

enum class Region
{
    Search,
    Sections,
    Breadcrumbs,
    Content,
    PlaceList,
    Map,
    Tools,
    Other
};

Region regionOf(MainWindow &window, const QWidget *focus)
{
    if (focus == window.header()->searchField())
        return Region::Search;
    for (const QWidget *w = focus; w; w = w->parentWidget()) {
        if (w == window.sectionBar())
            return Region::Sections;
        if (qobject_cast<const BreadcrumbBar *>(w))
            return Region::Breadcrumbs;
        if (qobject_cast<const ContentBrowser *>(w))
            return Region::Content;
        if (qobject_cast<const PlaceListPanel *>(w))
            return Region::PlaceList;
        if (qobject_cast<const MapWidget *>(w))
            return Region::Map;
        if (w->objectName() == u"CounselTools"_s)
            return Region::Tools;
    }
    return Region::Other;
}

QList<Region> pressF6(MainWindow &window, int times, bool backwards = false)
{
    QList<Region> visited;
    for (int i = 0; i < times; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6,
                        backwards ? Qt::ShiftModifier : Qt::NoModifier);
        visited << regionOf(window, QApplication::focusWidget());
    }
    return visited;
}

/// F6 (or Shift+F6) until the focus is back in the search field: the regions on the way.
QList<Region> round(MainWindow &window, bool backwards = false)
{
    QList<Region> visited;
    for (int i = 0; i < 12 && (visited.isEmpty() || visited.constLast() != Region::Search); ++i)
        visited += pressF6(window, 1, backwards);
    return visited;
}

} // namespace

TEST_CASE("F6 goes header, section tabs, breadcrumbs, content, tools and round – Shift+F6 back")
{
    DemoWindow demo;
    demo.window.open(Location::page(DemoPack::regionSlug(), u"de"_s,
                                    u"/musterstadt/de/ankommen/erste-schritte/"_s));
    QApplication::setActiveWindow(&demo.window);
    demo.window.header()->searchField()->setFocus(Qt::OtherFocusReason);
    REQUIRE(QApplication::focusWidget() == demo.window.header()->searchField());
    const QList<Region> forward = round(demo.window);
    INFO("forward " << forward.size());
    REQUIRE(forward.size() >= 4);
    CHECK(forward.mid(0, 3) ==
          QList<Region>{Region::Sections, Region::Breadcrumbs, Region::Content});
    CHECK(forward.constLast() == Region::Search);
    for (const Region region : forward.mid(3, forward.size() - 4))
        CHECK(region == Region::Tools); // side panels and tools come last
    QList<Region> backward = round(demo.window, true);
    backward.removeLast(); // the search field again
    QList<Region> expected = forward.mid(0, forward.size() - 1);
    std::reverse(expected.begin(), expected.end());
    CHECK(backward == expected);
    // The section tabs region lands on the current tab.
    pressF6(demo.window, 1);
    const auto *tab = qobject_cast<QAbstractButton *>(QApplication::focusWidget());
    REQUIRE(tab);
    CHECK(tab->isChecked());
}

TEST_CASE("F6 reaches the places list and the map as regions of their own")
{
    DemoWindow demo;
    demo.window.open(Location::places(DemoPack::regionSlug(), u"de"_s));
    QApplication::setActiveWindow(&demo.window);
    demo.window.header()->searchField()->setFocus(Qt::OtherFocusReason);
    const QList<Region> visited = round(demo.window);
    REQUIRE(visited.size() >= 3);
    CHECK(visited.mid(0, 3) == QList<Region>{Region::Sections, Region::PlaceList, Region::Map});
}

TEST_CASE("The search result count is a live region that says the count")
{
    a11y::installAccessibility();
    DemoWindow demo;
    SearchView *search = demo.window.localInformation()->searchView();
    demo.window.open(Location::search(DemoPack::regionSlug(), u"de"_s, u"Amt"_s));
    REQUIRE(waitUntil([&] { return !search->isSearching() && search->resultCount() > 0; }));
    QAccessibleInterface *summary = nullptr;
    for (QLabel *label : search->findChildren<QLabel *>()) {
        QAccessibleInterface *node = QAccessible::queryAccessibleInterface(label);
        if (label->isVisible() && node && node->role() == QAccessible::StatusBar)
            summary = node;
    }
    REQUIRE(summary);
    CHECK(summary->text(QAccessible::Name) == search->summaryText());
    CHECK(summary->text(QAccessible::Name).contains(QString::number(search->resultCount())));
}

TEST_CASE("The update state is a live region that says the progress, the end and a failure")
{
    a11y::installAccessibility();
    SyncStateWidget state;
    state.show();
    QAccessibleInterface *region =
        QAccessible::queryAccessibleInterface(state.findChild<QLabel *>(u"MutedLabel"_s));
    REQUIRE(region);
    CHECK(region->role() == QAccessible::StatusBar);
    state.setBusy(true, u"Deutsch: pages (3 of 12)"_s);
    CHECK(region->text(QAccessible::Name) == u"Deutsch: pages (3 of 12)"_s);
    state.setLastUpdate(QDateTime::currentDateTimeUtc());
    state.setBusy(false);
    CHECK(region->text(QAccessible::Name) == state.stateText());
    state.setFailed(u"The server did not answer."_s);
    CHECK(region->text(QAccessible::Name).contains(u"failed"_s));
}
