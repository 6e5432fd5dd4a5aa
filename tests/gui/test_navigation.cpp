// Back / Forward: buttons, Alt+Left/Right, mouse side buttons; breadcrumbs; scroll positions.
#include "desktop/pages/breadcrumbbar.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/dashboardview.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/pages/navigationbar.h"
#include "desktop/pages/pagehtml.h"
#include "guifixture.h"

#include <QScrollBar>
#include <QTest>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::GuiFixture;
using integreat::testing::waitUntil;

namespace {
Location page(GuiFixture &f, const QString &title)
{
    return Location::page(u"augsburg"_s, u"de"_s, f.pathOf(title));
}
} // namespace

TEST_CASE("Back and Forward walk the page history")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    const Location start = f.location();
    const Location authorities = page(f, u"Behörden und Beratung"_s);
    const Location office = page(f, u"Ausländerbehörde"_s);
    NavigationBar *bar = f.content().navigationBar();
    CHECK_FALSE(bar->backButton()->isEnabled());

    f.open(authorities);
    f.open(office);
    CHECK(f.pageText().contains(u"Aufenthaltstitel"_s));
    CHECK(f.breadcrumbs() == QStringList{u"Local information"_s, u"Behörden und Beratung"_s,
                                         u"Behörden"_s, u"Ausländerbehörde"_s});
    CHECK(bar->backButton()->isEnabled());
    CHECK_FALSE(bar->forwardButton()->isEnabled());

    bar->backButton()->click();
    CHECK(f.location() == authorities);
    CHECK(bar->forwardButton()->isEnabled());
    bar->backButton()->click();
    CHECK(f.location() == start);
    CHECK_FALSE(bar->backButton()->isEnabled());
    bar->forwardButton()->click();
    bar->forwardButton()->click();
    CHECK(f.location() == office);

    // Opening a page from the middle of the history drops what lay ahead.
    bar->backButton()->click();
    f.open(page(f, u"Deutsche Sprache"_s));
    CHECK_FALSE(bar->forwardButton()->isEnabled());
}

TEST_CASE("Alt+Left and Alt+Right go back and forward")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    const Location start = f.location();
    const Location welcome = page(f, u"Willkommen"_s);
    f.open(welcome);
    f.content().browser()->setFocus();
    QTest::keyClick(f.content().browser(), Qt::Key_Left, Qt::AltModifier);
    CHECK(f.location() == start);
    QTest::keyClick(&f.window(), Qt::Key_Right, Qt::AltModifier);
    CHECK(f.location() == welcome);
}

TEST_CASE("The mouse side buttons go back and forward")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    const Location start = f.location();
    const Location welcome = page(f, u"Willkommen"_s);
    f.open(welcome);
    QWidget *viewport = f.content().browser()->viewport();
    QTest::mouseClick(viewport, Qt::BackButton, {}, QPoint(100, 100));
    CHECK(f.location() == start);
    QTest::mouseClick(f.content().dashboard(), Qt::ForwardButton, {}, QPoint(100, 100));
    CHECK(f.location() == welcome);
}

TEST_CASE("Breadcrumbs lead to the ancestors")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    f.open(page(f, u"Gesundheitsamt"_s));
    BreadcrumbBar *crumbs = f.content().navigationBar()->breadcrumbs();
    REQUIRE(crumbs->crumbs().size() == 4);
    emit crumbs->crumbActivated(crumbs->crumbs().at(1).location);
    CHECK(f.location() == page(f, u"Behörden und Beratung"_s));
    emit crumbs->crumbActivated(crumbs->crumbs().at(0).location);
    CHECK(f.location() == Location::dashboard(u"augsburg"_s, u"de"_s));
}

TEST_CASE("Going back returns to where the page was scrolled")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    f.window().resize(900, 420);
    f.open(page(f, u"Ausländerbehörde"_s));
    QScrollBar *bar = f.content().browser()->verticalScrollBar();
    REQUIRE(waitUntil([bar] { return bar->maximum() > 200; }));
    bar->setValue(200);
    f.open(page(f, u"Gesundheitsamt"_s));
    CHECK(bar->value() == 0);
    f.window().navigator().back();
    CHECK(bar->value() == 200);
}

TEST_CASE("Child links of a category page open the child")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    f.open(page(f, u"Willkommen"_s));
    const QString child = f.pathOf(u"Stadtplan"_s);
    QUrl link;
    link.setScheme(QString::fromUtf16(PageHtml::NavScheme));
    link.setPath(child);
    emit f.content().browser()->linkActivated(link);
    CHECK(f.location() == Location::page(u"augsburg"_s, u"de"_s, child));
}
