// Show QR code in the reader (app/desktop/counsel): the item's official web link in the
// language shown, decoded back with zbarimg; Print… / Save as PDF… for place cards and events.
#include "desktop/counsel/counseltools.h"
#include "desktop/counsel/endsession.h"
#include "desktop/counsel/itemlink.h"
#include "desktop/counsel/qrdialog.h"
#include "desktop/mainwindow/headerbar.h"
#include "desktop/qr/qrcodewidget.h"
#include "guifixture.h"
#include "zbar.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QScopeGuard>
#include <QScreen>
#include <QTest>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::desktop;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

TEST_CASE("The web link of an item is the official web app's route")
{
    CHECK(ItemLink::webUrl(Location::page(u"augsburg"_s, u"de"_s, u"/augsburg/de/willkommen/"_s)) ==
          QUrl(u"https://integreat.app/augsburg/de/willkommen/"_s));
    CHECK(ItemLink::webUrl(Location::newsItem(u"augsburg"_s, u"de"_s, u"local-1234"_s)) ==
          QUrl(u"https://integreat.app/augsburg/de/news/local-1234"_s));
    CHECK(ItemLink::webUrl(Location::dashboard(u"augsburg"_s, u"de"_s)).isEmpty());
    CHECK(ItemLink::webUrl(Location::events(u"augsburg"_s, u"de"_s)).isEmpty());
}

TEST_CASE("Show QR code shows the shown item's link in its language, and it scans")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    CounselTools *tools = f.window().counsel();
    QAction *show = tools->qrCodeAction();
    CHECK_FALSE(show->isEnabled());
    CHECK(f.menuAction(show->text()) == show); // in the menu (This page)

    f.open(Location::page(u"augsburg"_s, u"de"_s, u"/augsburg/de/willkommen/"_s));
    f.window().switchLanguage(u"ar"_s);
    const Location arabic = f.location();
    REQUIRE(arabic.language == u"ar"_s);
    REQUIRE(arabic.kind == Location::Kind::Page);
    REQUIRE(show->isEnabled());
    show->trigger();
    QrDialog *dialog = tools->qrDialog();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    const QUrl link = dialog->link();
    CHECK(link.toString().startsWith(u"https://integreat.app/augsburg/ar/"_s));
    CHECK(link == ItemLink::webUrl(arabic));
    CHECK(dialog->code()->text() == link.toString(QUrl::FullyEncoded));
    CHECK(dialog->code()->width() >= 420); // large enough to scan from the screen
    if (zbarimg().isEmpty()) {
        WARN("SKIPPED: zbarimg (Debian zbar-tools) is not installed");
    } else {
        CHECK(decodeQr(dialog->code()->grab().toImage()).trimmed() ==
              link.toString(QUrl::FullyEncoded));
    }

    // Events and places too; End session closes the code.
    const auto events = f.store->events(u"augsburg"_s, u"de"_s);
    REQUIRE_FALSE(events.isEmpty());
    dialog->reject();
    f.open(Location::event(u"augsburg"_s, u"de"_s, events.constFirst().path));
    show->trigger();
    CHECK(dialog->isVisible());
    CHECK(dialog->link() == QUrl(u"https://integreat.app"_s + events.constFirst().path));
    tools->endSession()->end();
    CHECK_FALSE(dialog->isVisible());
}

TEST_CASE("The QR code dialog keeps to a small screen at 200 % text, nothing overlapping")
{
    const QFont normal = QApplication::font(); // 200 % text as Theme::apply sets it
    QFont large = normal;
    large.setPointSizeF(large.pointSizeF() * 2);
    QApplication::setFont(large);
    const auto restore = qScopeGuard([&normal] { QApplication::setFont(normal); });
    QrDialog dialog;
    const QString path = u"/musterstadt/ar/الأطفال-والمدرسة-والأسرة/الحضانة/"_s;
    dialog.setLink(QUrl(u"https://integreat.app"_s + path), u"الحضانة وروضة الأطفال"_s);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const QRect screen = dialog.screen()->availableGeometry();
    INFO("screen " << screen.width() << "x" << screen.height() << ", dialog " << dialog.width()
                   << "x" << dialog.height());
    CHECK(screen.contains(dialog.frameGeometry()));
    // As tall as its content needs for its width (Qt alone gives 2/3 of the screen), or the screen.
    CHECK(dialog.height() >= std::min(dialog.heightForWidth(dialog.width()), screen.height()));
    // Top to bottom: heading, code, link, buttons; none reaches into the next.
    QList<QWidget *> parts;
    for (QWidget *child : dialog.findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (child->isVisible())
            parts.append(child);
    std::sort(parts.begin(), parts.end(),
              [](QWidget *a, QWidget *b) { return a->geometry().top() < b->geometry().top(); });
    REQUIRE(parts.size() == 4);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        INFO(parts[i - 1]->metaObject()->className()
             << " ends at " << parts[i - 1]->geometry().bottom() << ", "
             << parts[i]->metaObject()->className() << " starts at " << parts[i]->geometry().top());
        CHECK(parts[i - 1]->geometry().bottom() < parts[i]->geometry().top());
    }
    for (QWidget *part : parts)
        CHECK(dialog.rect().contains(part->geometry()));
    CHECK(std::min(dialog.code()->width(), dialog.code()->height()) >= 200);
}

TEST_CASE("Print and Save as PDF are offered for place cards and events")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    QAction *savePdf = f.menuAction(u"Save as PDF…"_s);
    REQUIRE(savePdf);
    const auto places = f.store->places(u"augsburg"_s, u"de"_s);
    const auto events = f.store->events(u"augsburg"_s, u"de"_s);
    REQUIRE_FALSE(places.isEmpty());
    REQUIRE_FALSE(events.isEmpty());
    f.open(Location::place(u"augsburg"_s, u"de"_s, places.constFirst().path));
    CHECK(savePdf->isEnabled());
    f.open(Location::events(u"augsburg"_s, u"de"_s)); // the list: this week's events
    CHECK(savePdf->isEnabled());
    CHECK(savePdf->text() == u"Save this week's events as PDF…"_s);
    f.open(Location::event(u"augsburg"_s, u"de"_s, events.constFirst().path));
    CHECK(savePdf->isEnabled());
}
