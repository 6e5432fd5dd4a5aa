// Keyboard use: Tab goes header → section tabs → breadcrumbs → content, Enter opens a focused
// tile. On the demo town.
#include "demowindow.h"
#include "desktop/common/theme.h"
#include "desktop/mainwindow/headerbar.h"
#include "desktop/mainwindow/sectionbar.h"
#include "desktop/pages/breadcrumbbar.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/tilebutton.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using namespace integreat::testing;

namespace {

enum class Area
{
    Header,
    Sections,
    Breadcrumbs,
    Content,
    Other
};

Area areaOf(MainWindow &window, const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w == window.header())
            return Area::Header;
        if (w == window.sectionBar())
            return Area::Sections;
        if (qobject_cast<const BreadcrumbBar *>(w))
            return Area::Breadcrumbs;
        if (qobject_cast<const ContentBrowser *>(w) || qobject_cast<const TileButton *>(w))
            return Area::Content;
    }
    return Area::Other;
}

} // namespace

TEST_CASE("Tab goes from the header to the section tabs, the breadcrumbs, then the content")
{
    DemoWindow demo;
    demo.window.open(Location::page(DemoPack::regionSlug(), u"de"_s,
                                    u"/musterstadt/de/ankommen/erste-schritte/"_s));
    QApplication::setActiveWindow(&demo.window);
    demo.window.header()->searchField()->setFocus(Qt::TabFocusReason);
    REQUIRE(QApplication::focusWidget() == demo.window.header()->searchField());
    QList<Area> order;
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        const Area area = areaOf(demo.window, QApplication::focusWidget());
        if (order.isEmpty() || order.constLast() != area)
            order << area;
        if (area == Area::Content)
            break;
    }
    // The first visit of each area, in order (Back/Forward between them count as Other).
    QList<Area> firstVisits;
    for (const Area area : order) {
        if (area != Area::Other && !firstVisits.contains(area))
            firstVisits << area;
    }
    CHECK(firstVisits ==
          QList<Area>{Area::Header, Area::Sections, Area::Breadcrumbs, Area::Content});
}

TEST_CASE("Enter opens the focused tile")
{
    DemoWindow demo;
    QApplication::setActiveWindow(&demo.window);
    const QList<TileButton *> tiles = demo.window.findChildren<TileButton *>();
    REQUIRE_FALSE(tiles.isEmpty());
    TileButton *tile = tiles.first();
    tile->setFocus(Qt::TabFocusReason);
    QTest::keyClick(tile, Qt::Key_Return);
    CHECK(demo.window.currentLocation().kind == Location::Kind::Page);
    CHECK(demo.window.currentLocation().path == tile->path());
}

// Not a check: pictures to look at (INTEGREAT_SCREENSHOT_DIR), e.g. under Xvfb with xcb:
// high contrast at 200 % on an Arabic page with a link focused, and the Places section.
TEST_CASE("Screenshots of high contrast at 200 %", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("INTEGREAT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    Theme::apply(*qApp, Theme::make(true, 200));
    {
        DemoWindow demo(u"ar"_s);
        demo.window.open(Location::page(DemoPack::regionSlug(), u"ar"_s,
                                        u"/musterstadt/ar/الوصول/تسجيل-السكن/"_s));
        QApplication::setActiveWindow(&demo.window);
        auto *browser = demo.window.findChild<ContentBrowser *>(u"ContentBrowser"_s);
        browser->setFocus(Qt::TabFocusReason);
        QTest::keyClick(browser, Qt::Key_Tab);
        demo.window.grab().save(dir + u"/a11y-page-hc-200.png"_s);
        demo.window.open(Location::places(DemoPack::regionSlug(), u"ar"_s));
        demo.window.grab().save(dir + u"/a11y-places-hc-200.png"_s);
    }
    Theme::apply(*qApp, Theme::make(false, 100));
}
