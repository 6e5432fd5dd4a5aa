// An 800×600 screen at 200 % text: the main menu stays one column on the screen with every
// command in it or in a submenu, and five section tabs stay whole on the window. On the demo
// town (no corpus).
#include "core/store/store.h"
#include "demowindow.h"
#include "desktop/common/translations.h"
#include "desktop/firstrun/demopack.h"
#include "desktop/mainwindow/headerbar.h"
#include "desktop/mainwindow/mainwindow.h"
#include "desktop/mainwindow/sectionbar.h"
#include "desktop/mainwindow/syncpresenter.h"
#include "guifixture.h"
#include "themescope.h"

#include <QAction>
#include <QApplication>
#include <QFontMetrics>
#include <QMenu>
#include <QScreen>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::DemoWindow;
using integreat::testing::ThemeScope;
using integreat::testing::waitUntil;

namespace {

/// The texts of every action in `menu` and its submenus.
QStringList allEntries(const QMenu *menu)
{
    QStringList texts;
    for (QAction *action : menu->actions()) {
        if (action->menu())
            texts += allEntries(action->menu());
        else if (!action->isSeparator())
            texts << action->text();
    }
    return texts;
}

/// The demo window at `width`×`height` (the offscreen screen is 800×600).
void resizeTo(DemoWindow &d, int width, int height)
{
    d.window.resize(width, height);
    REQUIRE(waitUntil([&] { return d.window.width() <= width; }));
    QApplication::processEvents();
}

} // namespace

TEST_CASE("The main menu is one column on the screen at 200 % text on 800×600, and at 100 %")
{
    for (const int scale : {100, 200}) {
        const ThemeScope theme(scale);
        DemoWindow d;
        resizeTo(d, 800, 600);
        QToolButton *button = d.window.header()->menuButton();
        QMenu *menu = button->menu();
        const QRect screen = button->screen()->availableGeometry();
        menu->popup(button->mapToGlobal(QPoint(0, button->height())));
        REQUIRE(waitUntil([&] { return menu->isVisible(); }));
        INFO("at " << scale << " %: menu " << menu->width() << "x" << menu->height() << " at "
                   << menu->x() << "," << menu->y() << " on " << screen.width() << "x"
                   << screen.height());
        CHECK(screen.contains(menu->geometry()));
        // Whole on an 800×600 screen too (the offscreen screen here may be taller).
        CHECK(menu->sizeHint().width() <= 800);
        CHECK(menu->sizeHint().height() <= 600);
        int column = -1;
        for (QAction *action : menu->actions()) {
            if (!action->isVisible() || action->isSeparator())
                continue;
            const QRect at = menu->actionGeometry(action);
            INFO(action->text().toStdString()
                 << " at " << at.x() << "," << at.y() << " " << at.width() << "x" << at.height());
            CHECK(menu->rect().contains(at)); // visible, not scrolled away
            if (column < 0)
                column = at.x();
            CHECK(at.x() == column); // one column
        }
        menu->hide();
        // Every command is still in the menu or a submenu.
        const QStringList entries = allEntries(menu);
        for (const QString &command :
             {u"Settings…"_s, u"Quit"_s, u"End session"_s, u"Larger text"_s, u"Smaller text"_s,
              u"Normal text size"_s, u"Print…"_s, u"Save as PDF…"_s, u"Imprint"_s,
              u"About Integreat Desktop"_s, u"Sync now"_s, u"Start page"_s, u"Read aloud"_s,
              u"Show QR code"_s, u"Side by side"_s}) {
            INFO(command.toStdString());
            CHECK(entries.contains(command));
        }
    }
}

TEST_CASE("At 800×600 with 200 % text five section tabs are whole and on the window")
{
    // German titles, the longest of the tested UI languages ("Lokale Informationen" ...).
    Translations translations;
    translations.install(u"de"_s);
    const ThemeScope theme(200);
    DemoWindow d;
    // The demo town with the chat: five sections.
    auto region = d.store.region(DemoPack::regionSlug());
    REQUIRE(region);
    region->chatEnabled = true;
    d.store.saveRegions({*region});
    auto *presenter = d.window.findChild<SyncPresenter *>();
    REQUIRE(presenter);
    emit presenter->contentChanged(DemoPack::regionSlug());
    SectionBar *bar = d.window.sectionBar();
    REQUIRE(waitUntil([&] { return bar->sectionIds().size() == 5; }));
    resizeTo(d, 800, 600);
    CHECK(d.window.width() <= 800);
    const QRect inside = d.window.rect();
    QList<QRect> taken;
    const QList<QToolButton *> tabs = bar->findChildren<QToolButton *>(u"SectionTab"_s);
    CHECK(tabs.size() == 5);
    for (QToolButton *tab : tabs) {
        const QRect at(tab->mapTo(&d.window, QPoint(0, 0)), tab->size());
        INFO(tab->text().toStdString() << " at " << at.x() << "," << at.y() << " " << at.width()
                                       << "x" << at.height() << " in " << inside.width());
        CHECK(tab->isVisible());
        CHECK(inside.contains(at));
        QFont bold = tab->font();
        bold.setWeight(QFont::Bold);
        CHECK(tab->width() >= QFontMetrics(bold).horizontalAdvance(tab->text())); // not cut
        for (const QRect &other : std::as_const(taken))
            CHECK_FALSE(other.intersects(at));
        taken << at;
    }
    // The sections' content starts below the tabs.
    QWidget *content = d.window.findChild<QWidget *>(u"ContentArea"_s);
    REQUIRE(content);
    const int tabsEnd = bar->mapTo(&d.window, QPoint(0, bar->height())).y();
    CHECK(content->mapTo(&d.window, QPoint(0, 0)).y() >= tabsEnd);
}
