// The Settings dialog in a right-to-left UI (Arabic) on an 800×600 screen, at 100 % and 200 %
// text: every line and button of every section lies whole inside the visible part of its scroll
// area, as it does left to right (German).
#include "core/paths/datapaths.h"
#include "core/store/store.h"
#include "desktop/common/settings.h"
#include "desktop/firstrun/demopack.h"
#include "desktop/settings/settingsdialog.h"
#include "desktop/settings/storagepanel.h"
#include "guifixture.h"
#include "themescope.h"
#include "uilanguage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::ThemeScope;
using integreat::testing::UiLanguage;
using integreat::testing::waitUntil;

namespace {

/// What `widget` shows for a failure message.
std::string described(const QWidget *widget)
{
    const auto *label = qobject_cast<const QLabel *>(widget);
    const auto *button = qobject_cast<const QAbstractButton *>(widget);
    const QString text = label ? label->text() : button ? button->text() : QString();
    const QString shown =
        QString::fromLatin1(widget->metaObject()->className()) + u" \""_s + text.left(40) + u"\""_s;
    return shown.toStdString();
}

/// Checks that every visible label and button of the dialog lies inside the scroll area's
/// viewport from left to right, and that a label that does not wrap has room for its text.
void checkWhole(const QString &language, int scale)
{
    const UiLanguage ui(language);
    const ThemeScope theme(scale);
    QTemporaryDir dir;
    store::Store store(paths::DataPaths(dir.path()).storeFile());
    DemoPack::import(store, dir.path(), QUrl(u"http://127.0.0.1:1"_s), {u"de"_s});
    Settings settings(dir.filePath(u"settings.ini"_s));
    SettingsDialog dialog(store, settings, dir.path());
    auto *storage = dialog.findChild<StoragePanel *>();
    REQUIRE(storage);
    REQUIRE(waitUntil([&] { return !storage->regionNames().isEmpty(); })); // a town row
    dialog.show();
    REQUIRE(waitUntil([&] { return dialog.isVisible(); }));
    QApplication::processEvents();
    auto *scroll = dialog.findChild<QScrollArea *>(u"SettingsScroll"_s);
    REQUIRE(scroll);
    const QWidget *viewport = scroll->viewport();
    INFO(language.toStdString() << " at " << scale << " %: dialog " << dialog.width() << "x"
                                << dialog.height() << " on a screen "
                                << dialog.screen()->availableGeometry().width()
                                << " wide, viewport " << viewport->width() << ", contents "
                                << scroll->widget()->width());
    CHECK(dialog.frameGeometry().width() <= dialog.screen()->availableGeometry().width());
    int checked = 0;
    for (QWidget *widget : scroll->widget()->findChildren<QWidget *>()) {
        const auto *label = qobject_cast<QLabel *>(widget);
        if ((!label && !qobject_cast<QAbstractButton *>(widget)) || !widget->isVisibleTo(&dialog))
            continue;
        const QRect shown(widget->mapTo(viewport, QPoint(0, 0)), widget->size());
        INFO(described(widget) << " at x " << shown.left() << ".." << shown.right());
        CHECK(shown.left() >= 0);
        CHECK(shown.right() < viewport->width());
        if (label && !label->wordWrap()) {
            INFO("its text wants " << label->minimumSizeHint().width());
            CHECK(label->width() >= label->minimumSizeHint().width());
        }
        ++checked;
    }
    CHECK(checked > 10);
}

} // namespace

TEST_CASE("Settings in an Arabic UI on 800×600 shows every line and button whole", "[bidi]")
{
    for (const int scale : {100, 200}) {
        checkWhole(u"ar"_s, scale);
        checkWhole(u"de"_s, scale);
    }
}
