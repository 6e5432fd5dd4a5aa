// Layouts that hold at 200 % text: the Settings dialog fits the screen and keeps its Close
// button visible, the selected section tab is never clipped. On the demo town (no corpus).
#include "app/settings.h"
#include "app/theme.h"
#include "firstrun/demopack.h"
#include "guifixture.h"
#include "mainwindow/sectionbar.h"
#include "settings/settingsdialog.h"
#include "store/store.h"
#include "sync/datapaths.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;

namespace {

struct ThemeScope
{
    explicit ThemeScope(int scale) { Theme::apply(*qApp, Theme::make(false, scale)); }
    ~ThemeScope() { Theme::apply(*qApp, Theme::make(false, 100)); }
    Q_DISABLE_COPY_MOVE(ThemeScope)
};

} // namespace

TEST_CASE("At 200 % text the Settings dialog fits the screen and its Close button is on it")
{
    QTemporaryDir dir;
    store::Store store(sync::storeFilePath(dir.path()));
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
