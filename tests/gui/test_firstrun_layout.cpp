// The first run's pages at large text sizes and small windows: no wrapped line squeezed.
#include "catchqt.h"
#include "corpus.h"
#include "desktop/common/theme.h"
#include "desktop/firstrun/regionpage.h"
#include "firstrunfixture.h"
#include "guifixture.h"
#include "testserver.h"
#include "themescope.h"
#include "uilanguage.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::desktop;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

/// The wizard offline in an Arabic UI at 200 % text, once its notice offers the demo town.
struct OfflineArabic
{
    OfflineArabic()
    {
        REQUIRE(demo != u"Try the demo town"_s); // in Arabic
        REQUIRE(waitUntil([&] { return w.button(demo) != nullptr; }, 2000));
    }
    const ThemeScope theme{200};
    const UiLanguage arabic{u"ar"_s};
    Desk desk{QUrl(u"http://127.0.0.1:9"_s), true};
    Wizard w{desk};
    const QString demo = RegionPage::tr("Try the demo town");
};

} // namespace

TEST_CASE("first run: offline in an Arabic UI at 200 % text, every line of the notice is whole",
          "[firstrun]")
{
    OfflineArabic offline;
    Wizard &w = offline.w;
    for (const QSize size : {QSize(800, 600), QSize(720, 540), QSize(1920, 1080)}) {
        w.wizard.resize(size);
        REQUIRE(waitUntil([&] { return w.wizard.width() <= size.width(); }));
        QApplication::processEvents();
        int shown = 0;
        for (const QLabel *label : w.wizard.regionPage()->findChildren<QLabel *>()) {
            if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty())
                continue;
            ++shown;
            INFO("wizard " << w.wizard.width() << "×" << w.wizard.height() << ", "
                           << label->text().toStdString() << ": " << label->width() << "×"
                           << label->height());
            // Tall enough for all its wrapped lines (squeezed, they were drawn over each other).
            CHECK(label->height() >= label->heightForWidth(label->width()));
        }
        CHECK(shown >= 3);
    }
}

TEST_CASE("first run: offline at 200 % text, the window grows to show the notice whole as far as "
          "the screen allows",
          "[firstrun]")
{
    OfflineArabic offline;
    Wizard &w = offline.w;
    const QString &demo = offline.demo;
    QApplication::processEvents();
    const auto *notice = w.wizard.findChild<QScrollArea *>(u"RegionListFailed"_s);
    REQUIRE(notice);
    const QRect screen = w.wizard.screen()->availableGeometry();
    {
        INFO("screen " << screen.height() << ", wizard " << w.wizard.frameGeometry().height()
                       << ", notice scrolls by " << notice->verticalScrollBar()->maximum());
        // On this screen (offscreen: 800×600) the window opened at 560 px, as high as the
        // screen's 2/3 allow: it grew until the notice fits or the window fills the screen.
        CHECK((notice->verticalScrollBar()->maximum() == 0 ||
               w.wizard.frameGeometry().height() >= screen.height()));
        CHECK(screen.contains(w.wizard.frameGeometry()));
    }
    // On a screen with room (1920×1080) the whole notice shows, the demo button in view.
    const QRect large(0, 0, 1920, 1080);
    w.wizard.growForNotice(large);
    QApplication::processEvents();
    INFO("wizard " << w.wizard.width() << "×" << w.wizard.height());
    CHECK(notice->verticalScrollBar()->maximum() == 0);
    const QPushButton *button = w.button(demo);
    REQUIRE(button);
    const QRect shown(button->mapTo(notice->viewport(), QPoint(0, 0)), button->size());
    CHECK(notice->viewport()->rect().contains(shown));
    CHECK(large.contains(w.wizard.frameGeometry()));
}

TEST_CASE("first run: at 200 % text the region page's intro keeps every line", "[firstrun]")
{
    const ThemeScope theme(200);
    INTEGREAT_REQUIRE_CORPUS();
    TestServer server;
    server.loadCorpus(corpusDir());
    REQUIRE(server.start());
    Desk desk(server.baseUrl());
    Wizard w(desk);
    REQUIRE(waitUntil([&] { return w.regionsShown(); }));
    for (const QSize size : {QSize(800, 600), QSize(620, 640), QSize(1920, 1080)}) {
        w.wizard.resize(size);
        REQUIRE(waitUntil([&] { return w.wizard.width() <= size.width(); }));
        QApplication::processEvents();
        const QLabel *intro = w.wizard.regionPage()->introLabel();
        INFO("wizard " << w.wizard.width() << "×" << w.wizard.height() << ", intro "
                       << intro->width() << "×" << intro->height());
        CHECK(intro->isVisible());
        // Tall enough for all its wrapped lines, and above the search field.
        CHECK(intro->height() >= intro->heightForWidth(intro->width()));
        CHECK(intro->geometry().bottom() < w.search()->geometry().top());
        CHECK(intro->visibleRegion().boundingRect().height() >=
              intro->heightForWidth(intro->width()));
    }
}
