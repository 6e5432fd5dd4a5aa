// The window's own text in a right-to-left UI (Arabic): a path inside an Arabic sentence keeps
// its order (shownPath, a left-to-right isolate); Back and Forward mirror with the UI, not with
// the page below them; a menu's shortcut reads "Ctrl+," (ShortcutMenu).
#include "core/content/bidi.h"
#include "core/paths/datapaths.h"
#include "core/store/store.h"
#include "demowindow.h"
#include "desktop/common/icons.h"
#include "desktop/common/theme.h"
#include "desktop/common/translations.h"
#include "desktop/firstrun/demopack.h"
#include "desktop/mainwindow/elidedlabel.h"
#include "desktop/mainwindow/headerbar.h"
#include "desktop/pages/breadcrumbbar.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/pages/navigationbar.h"
#include "desktop/settings/storagepanel.h"
#include "uilanguage.h"

#include <QApplication>
#include <QGlyphRun>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QStyleOptionMenuItem>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::DemoWindow;
using integreat::testing::UiLanguage;

namespace {

/// The left edge of character `index` of `text` as drawn in one right-to-left line.
qreal drawnX(const QString &text, int index)
{
    QTextLayout layout(text);
    QTextOption option;
    option.setTextDirection(Qt::RightToLeft);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(4000);
    layout.endLayout();
    const QList<QGlyphRun> runs = layout.glyphRuns(index, 1);
    REQUIRE(runs.size() == 1);
    return runs.front().boundingRect().left();
}

/// The first sub-page of the demo town in `language`.
model::Page somePage(const DemoWindow &demo, const QString &language)
{
    for (const model::Page &page : demo.store.pages(DemoPack::regionSlug(), language)) {
        if (!page.parentPath.isEmpty())
            return page;
    }
    FAIL("the demo town has no sub-page");
    return {};
}

/// Whether `button` shows `icon` (compared as pixels at the button's icon size).
bool shows(const QToolButton *button, const QIcon &icon)
{
    const QSize size = button->iconSize();
    return button->icon().pixmap(size).toImage() == icon.pixmap(size).toImage();
}

/// The text a menu gives the style for `action` (QMenu::initStyleOption is protected; a
/// pointer to it calls the menu's own override).
struct MenuPeek : QMenu
{
    using QMenu::initStyleOption;
};

QString styledText(const QMenu *menu, const QAction *action)
{
    QStyleOptionMenuItem option;
    (menu->*(&MenuPeek::initStyleOption))(&option, action);
    return option.text;
}

} // namespace

TEST_CASE("Settings → Saved content in an Arabic UI shows the data folder left to right", "[bidi]")
{
    QTemporaryDir dir;
    store::Store store(paths::DataPaths(dir.path()).storeFile());
    const UiLanguage arabic(u"ar"_s);
    StoragePanel panel(store, dir.path());

    const QString path = dir.path(); // "/tmp/…": starts with a neutral slash
    QLabel *location = nullptr;
    for (QLabel *label : panel.findChildren<QLabel *>()) {
        if (label->text().contains(path))
            location = label;
    }
    REQUIRE(location != nullptr);
    const QString text = location->text();
    INFO(text.toStdString());
    CHECK(text.contains(content::bidi::isolated(path)));
    CHECK(text.front().script() == QChar::Script_Arabic); // the sentence is translated

    // On screen the leading slash stands left of the rest of the path, as in "/tmp/…", not at
    // its right end ("tmp/…/").
    const int slash = int(text.indexOf(path));
    CHECK(drawnX(text, slash) < drawnX(text, slash + 1));
}

TEST_CASE("In an Arabic UI Back stands at the right, its arrow pointing right, also above a "
          "German page",
          "[bidi]")
{
    const UiLanguage arabic(u"ar"_s);
    DemoWindow demo(u"de"_s);
    demo.window.open(Location::page(DemoPack::regionSlug(), u"de"_s, somePage(demo, u"de"_s).path));
    LocalInfoView *page = demo.window.localInformation();
    // The page runs in its own direction (German: left to right) ...
    CHECK(page->layoutDirection() == Qt::LeftToRight);
    // ... Back and Forward, UI chrome, in the UI's: Back at the start (the right), Forward
    // left of it, the breadcrumbs after them; Tab in the same order.
    NavigationBar *bar = page->navigationBar();
    REQUIRE(bar->isVisible());
    CHECK(bar->layoutDirection() == Qt::RightToLeft);
    QToolButton *back = bar->backButton();
    QToolButton *forward = bar->forwardButton();
    CHECK(back->isEnabled());
    CHECK(back->x() > forward->x());
    CHECK(forward->x() > bar->breadcrumbs()->x());
    CHECK(back->nextInFocusChain() == forward);
    // The arrows point the way they go: Back to the right.
    CHECK(shows(back, Icons::icon(u"arrow-back"_s, {}, true)));
    CHECK_FALSE(shows(back, Icons::icon(u"arrow-back"_s, {}, false)));
    CHECK(shows(forward, Icons::icon(u"arrow-forward"_s, {}, true)));
    // A crumb's German title keeps its own direction inside the right-to-left bar.
    for (const QString &title : bar->breadcrumbs()->titles())
        CHECK_FALSE(title.isEmpty());
    bool isolatedCrumb = false;
    for (const QToolButton *crumb : bar->breadcrumbs()->findChildren<QToolButton *>())
        isolatedCrumb = isolatedCrumb || content::bidi::isWhollyIsolated(crumb->text());
    CHECK(isolatedCrumb);
    // The chevron between the crumbs points the way they go: to the left.
    bool leftChevron = false;
    for (const QLabel *label : bar->breadcrumbs()->findChildren<QLabel *>()) {
        const QPixmap shown = label->pixmap();
        if (shown.isNull())
            continue;
        const QImage mirrored =
            Icons::icon(u"chevron"_s, Theme::current().textMuted, true)
                .pixmap(shown.deviceIndependentSize().toSize(), shown.devicePixelRatio())
                .toImage();
        leftChevron = shown.toImage() == mirrored;
    }
    CHECK(leftChevron);

    // Alt+Left is Back whatever the direction (as in browsers).
    QApplication::setActiveWindow(&demo.window); // shortcuts act in the active window
    page->browser()->setFocus();
    QTest::keyClick(page->browser(), Qt::Key_Left, Qt::AltModifier);
    CHECK(demo.window.currentLocation().kind == Location::Kind::Dashboard);

    // The UI switched to left to right takes the bar along: Back at the left again.
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    CHECK(bar->layoutDirection() == Qt::LeftToRight);
    CHECK(shows(back, Icons::icon(u"arrow-back"_s, {}, false)));
}

TEST_CASE("In an Arabic UI the menu shows Ctrl+, and Ctrl+- left to right", "[bidi]")
{
    const UiLanguage arabic(u"ar"_s);
    DemoWindow demo(u"ar"_s);
    QMenu *menu = demo.window.header()->menuButton()->menu();
    REQUIRE(menu);
    menu->ensurePolished();
    CHECK(menu->layoutDirection() == Qt::RightToLeft);
    QList<QAction *> checked;
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        const QMenu *owner = action->menu() ? action->menu() : menu;
        for (QAction *item : action->menu() ? action->menu()->actions() : QList{action}) {
            const QKeySequence keys = item->shortcut();
            if (keys != QKeySequence(Qt::CTRL | Qt::Key_Comma) &&
                keys != QKeySequence(Qt::CTRL | Qt::Key_Minus))
                continue;
            const QString text = styledText(owner, item);
            INFO(text.toStdString());
            const qsizetype tab = text.indexOf(u'\t');
            REQUIRE(tab > 0);
            // The style draws what follows the tab in the menu's direction: as an isolate the
            // sign stays at the end ("Ctrl+,"), not in front (",+Ctrl").
            const QString drawn = text.mid(tab + 1);
            CHECK(content::bidi::isWhollyIsolated(drawn));
            const int sign = int(drawn.size()) - 2;        // before the closing PDI
            CHECK(drawnX(drawn, sign) > drawnX(drawn, 1)); // right of "Ctrl"
            checked << item;
        }
    }
    CHECK(checked.size() == 2); // Settings… (Ctrl+,) and Smaller text (Ctrl+-)
}

TEST_CASE("In an Arabic UI a shortened Latin town name ends with its ellipsis", "[bidi]")
{
    ElidedLabel label;
    label.setLayoutDirection(Qt::RightToLeft);
    label.setText(u"Musterstadt (Demo)"_s);
    label.resize(label.minimumSizeHint());
    REQUIRE(label.isElided());
    QString shown = label.shownText();
    INFO(shown.toStdString());
    CHECK(content::bidi::isWhollyIsolated(shown));
    // Drawn in the right-to-left header: "Must…", the ellipsis right of the letters.
    CHECK(drawnX(shown, int(shown.indexOf(u'…'))) > drawnX(shown, int(shown.indexOf(u'M'))));
    // Whole, the name keeps its brackets: ")" right of "Demo".
    label.resize(2000, label.height());
    REQUIRE_FALSE(label.isElided());
    shown = label.shownText();
    CHECK(drawnX(shown, int(shown.lastIndexOf(u')'))) >
          drawnX(shown, int(shown.indexOf(u"Demo"_s))));
}
