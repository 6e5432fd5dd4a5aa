// Names, roles and states of the window's controls as Qt's accessibility tree shows them:
// every button named, section tabs as page tabs that switch the section, the call/e-mail
// confirmation saying the number, content text named by its item, the panes around the
// content named. On the demo town.
#include "accessibilitysupport.h"
#include "core/store/store.h"
#include "demowindow.h"
#include "desktop/accessibility/accessibility.h"
#include "desktop/mainwindow/sectionbar.h"
#include "desktop/pages/externallinkdialog.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QLabel>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using namespace integreat::testing;

namespace {

bool isActionable(QAccessible::Role role)
{
    return role == QAccessible::Button || role == QAccessible::CheckBox ||
           role == QAccessible::RadioButton || role == QAccessible::ComboBox ||
           role == QAccessible::PageTab || role == QAccessible::EditableText ||
           role == QAccessible::Slider || role == QAccessible::SpinBox ||
           role == QAccessible::ButtonMenu || role == QAccessible::Link;
}

/// Visible actionable controls below `root` without a name ("role at x,y").
QStringList unnamedControls(QAccessibleInterface *root)
{
    QStringList unnamed;
    for (QAccessibleInterface *node : accessibleDescendants(root)) {
        if (!isActionable(node->role()) || node->state().invisible)
            continue;
        if (node->text(QAccessible::Name).trimmed().isEmpty()) {
            const QObject *object = node->object();
            unnamed << u"role %1 %2 (%3)"_s.arg(int(node->role()))
                           .arg(object ? QString::fromLatin1(object->metaObject()->className())
                                       : QString())
                           .arg(object ? object->objectName() : QString());
        }
    }
    return unnamed;
}

QList<QAccessibleInterface *> pageTabs(MainWindow &window)
{
    QList<QAccessibleInterface *> tabs;
    QAccessibleInterface *bar = QAccessible::queryAccessibleInterface(window.sectionBar());
    for (QAccessibleInterface *node : accessibleDescendants(bar)) {
        if (node->role() == QAccessible::PageTab)
            tabs << node;
    }
    return tabs;
}

} // namespace

TEST_CASE("Section tabs are page tabs: one selected, and Press switches the section")
{
    a11y::installAccessibility();
    DemoWindow demo;
    QAccessibleInterface *bar = QAccessible::queryAccessibleInterface(demo.window.sectionBar());
    REQUIRE(bar);
    CHECK(bar->role() == QAccessible::PageTabList);
    const QList<QAccessibleInterface *> tabs = pageTabs(demo.window);
    REQUIRE(tabs.size() == demo.window.sectionBar()->sectionIds().size());
    REQUIRE(tabs.size() >= 3);
    int selected = 0;
    const qsizetype eventsIndex = demo.window.sectionBar()->sectionIds().indexOf(u"events"_s);
    REQUIRE(eventsIndex >= 0);
    QAccessibleInterface *events = tabs.at(eventsIndex);
    for (QAccessibleInterface *tab : tabs) {
        CHECK_FALSE(tab->text(QAccessible::Name).isEmpty());
        CHECK_FALSE(tab->state().checkable); // no check box: screen readers say "tab"
        selected += tab->state().selected ? 1 : 0;
    }
    CHECK(selected == 1);
    CHECK_FALSE(events->state().selected);
    REQUIRE(events->actionInterface());
    CHECK(events->actionInterface()->actionNames().contains(
        QAccessibleActionInterface::pressAction()));
    events->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    CHECK(demo.window.currentLocation().kind == Location::Kind::Events);
    CHECK(events->state().selected);
    int stillSelected = 0;
    for (QAccessibleInterface *tab : pageTabs(demo.window))
        stillSelected += tab->state().selected ? 1 : 0;
    CHECK(stillSelected == 1);
}

TEST_CASE("Every visible control of the window has a name, in every section")
{
    a11y::installAccessibility();
    DemoWindow demo;
    QAccessibleInterface *window = QAccessible::queryAccessibleInterface(&demo.window);
    CHECK(unnamedControls(window) == QStringList{});
    for (const Location &location : {Location::places(DemoPack::regionSlug(), u"de"_s),
                                     Location::events(DemoPack::regionSlug(), u"de"_s),
                                     Location::news(DemoPack::regionSlug(), u"de"_s)}) {
        demo.window.open(location);
        INFO(int(location.kind));
        CHECK(unnamedControls(window) == QStringList{});
    }
    // The map's zoom buttons say what they do, not "+".
    demo.window.open(Location::places(DemoPack::regionSlug(), u"de"_s));
    const QStringList buttons = accessibleNames(window, QAccessible::Button);
    CHECK(buttons.contains(u"Zoom in"_s));
    CHECK(buttons.contains(u"Zoom out"_s));
    // The search field's icons are named.
    CHECK(buttons.contains(u"Search"_s));
}

TEST_CASE("Every pane the focus passes into is named, in every section, list and item")
{
    // Qt's stacked widgets are "layered panes" to Orca, splitters "split panes"; it says so when
    // the focus enters them (F6 to the breadcrumbs, to the content): unnamed, that is all.
    a11y::installAccessibility();
    DemoWindow demo;
    const QString region = DemoPack::regionSlug();
    const QString de = u"de"_s;
    QList<Location> routes{Location::dashboard(region, de), Location::search(region, de, u"Arzt"_s),
                           Location::places(region, de), Location::events(region, de),
                           Location::news(region, de)};
    for (const model::Page &page : demo.store.pages(region, de)) {
        if (!page.parentPath.isEmpty()) {
            routes << Location::page(region, de, page.path);
            break;
        }
    }
    routes << Location::place(region, de, demo.store.places(region, de).value(0).path)
           << Location::event(region, de, demo.store.events(region, de).value(0).path)
           << Location::newsItem(region, de, demo.store.news(region, de).value(0).id);
    QAccessibleInterface *window = QAccessible::queryAccessibleInterface(&demo.window);
    for (const Location &route : routes) {
        demo.window.open(route);
        INFO(int(route.kind) << " " << route.path.toStdString());
        int panes = 0;
        for (QAccessibleInterface *node : accessibleDescendants(window)) {
            const QAccessible::Role role = node->role();
            if ((role != QAccessible::LayeredPane && role != QAccessible::Splitter) ||
                node->state().invisible)
                continue;
            ++panes;
            CHECK_FALSE(node->text(QAccessible::Name).trimmed().isEmpty());
        }
        CHECK(panes >= 2); // the section and what it shows
    }
}

TEST_CASE("The call and e-mail confirmation announces the number and the address")
{
    ExternalLinkDialog call(ExternalLinkDialog::Kind::Telephone, QUrl(u"tel:+4912345678"_s));
    auto *number = call.findChild<QLabel *>(u"LinkAddress"_s);
    REQUIRE(number);
    QAccessibleInterface *spoken = QAccessible::queryAccessibleInterface(number);
    CHECK(spoken->text(QAccessible::Name) == number->text());
    CHECK(spoken->text(QAccessible::Name).contains(u"12345678"_s));
    ExternalLinkDialog mail(ExternalLinkDialog::Kind::Email,
                            QUrl(u"mailto:amt@musterstadt.example"_s));
    QAccessibleInterface *address =
        QAccessible::queryAccessibleInterface(mail.findChild<QLabel *>(u"LinkAddress"_s));
    CHECK(address->text(QAccessible::Name) == u"amt@musterstadt.example"_s);
}
