// Dates and times in the reader's conventions (app/datetext.h), stable tile colours and the
// Places list rows.
#include "desktop/common/datetext.h"
#include "desktop/pages/tileimage.h"
#include "desktop/places/placeitemdelegate.h"
#include "desktop/places/placelistpanel.h"

#include <QApplication>
#include <QListWidget>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat::desktop;

namespace {
QDateTime berlin(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone("Europe/Berlin")).toLocalTime();
}
} // namespace

TEST_CASE("Dates and times read as the UI language writes them, with a 24-hour clock")
{
    const QDateTime evening = berlin(2026, 12, 7, 18);
    CHECK(DateText::date(evening.date(), DateText::localeFor(u"de"_s)) == u"Mo., 7. Dez. 2026"_s);
    CHECK(DateText::time(QTime(18, 0), DateText::localeFor(u"de"_s)) == u"18:00"_s);
    CHECK(DateText::date(evening.date(), DateText::localeFor(u"en"_s)) == u"Mon, 7 Dec 2026"_s);
    CHECK(DateText::time(QTime(18, 0), DateText::localeFor(u"en"_s)) == u"18:00"_s);
    CHECK(DateText::time(QTime(9, 5), DateText::localeFor(u"en"_s)) == u"09:05"_s);
    CHECK(DateText::timeRange(QTime(8, 0), QTime(12, 0), DateText::localeFor(u"de"_s)) ==
          u"08:00–12:00"_s);
    // A locale that itself uses a 12-hour clock keeps it.
    CHECK(DateText::time(QTime(18, 0), QLocale(QLocale::English, QLocale::UnitedStates)) ==
          u"6:00 PM"_s);
    // Arabic and Persian: the names and the clock of the locale (Arabic writes 6:00 م), Latin
    // digits as in the content.
    for (const QString &language : {u"ar"_s, u"fa"_s}) {
        const QString text = DateText::date(evening.date(), DateText::localeFor(language)) +
                             DateText::time(QTime(18, 0), DateText::localeFor(language));
        INFO(text.toStdString());
        CHECK(text.contains(u"2026"_s));
        CHECK((text.contains(u"18:00"_s) || text.contains(u"6:00"_s)));
        for (const QChar c : text)
            CHECK_FALSE(((c.unicode() >= 0x0660 && c.unicode() <= 0x0669) ||
                         (c.unicode() >= 0x06F0 && c.unicode() <= 0x06F9)));
    }
    // Date fields: four-digit years in the language's order.
    CHECK(DateText::inputFormat(DateText::localeFor(u"de"_s)) == u"dd.MM.yyyy"_s);
    CHECK(DateText::inputFormat(DateText::localeFor(u"en"_s)) == u"dd/MM/yyyy"_s);
}

TEST_CASE("Dashboard tiles have the same colour at every start")
{
    // The hue comes from a stable hash of the page's branch (FNV-1a), never from qHash, whose
    // seed changes from process to process. These pixels are what every run must paint.
    const QImage a = TileImage::make(u"Arbeit"_s, {}, u"/augsburg/de/arbeit/"_s, {}, 64);
    const QImage b = TileImage::make(u"Arbeit"_s, {}, u"/augsburg/de/arbeit/"_s, {}, 64);
    CHECK(a == b);
    quint32 hash = 2166136261u;
    for (const QChar c : u"augsburg/de/arbeit"_s) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    const QColor expected = QColor::fromHsl(int(hash % 360u), 120, 236);
    const QColor corner = a.pixelColor(32, 4);
    CHECK(std::abs(corner.hslHue() - expected.hslHue()) <= 2);
    // Another branch has another colour; pages of one branch share it.
    const QImage other = TileImage::make(u"Wohnen"_s, {}, u"/augsburg/de/wohnen/"_s, {}, 64);
    CHECK(other.pixelColor(32, 4) != corner);
    const QImage child = TileImage::make(u"Jobs"_s, {}, u"/augsburg/de/arbeit/jobs/"_s, {}, 64);
    CHECK(child.pixelColor(32, 4) == corner);
}

TEST_CASE("Every row of the places list keeps its status line, also with large text")
{
    for (const qreal points : {10.0, 20.0}) {
        PlaceListPanel panel;
        QFont font = panel.font();
        font.setPointSizeF(points);
        panel.setFont(font);
        panel.setRows({{0, u"موقع الاختبار Test-Ort ትግርኛ"_s, u"Behörde · Closed now"_s},
                       {1, u"Stadtbücherei"_s, u"Open now"_s}});
        QListWidget *list = panel.list();
        REQUIRE(list->count() == 2);
        CHECK(list->item(0)->text() == u"موقع الاختبار Test-Ort ትግርኛ"_s);
        CHECK(list->item(0)->data(PlaceItemDelegate::DetailsRole).toString() ==
              u"Behörde · Closed now"_s);
        CHECK(list->item(0)->data(Qt::AccessibleTextRole).toString().contains(u"Closed now"_s));
        // Room for a bold name and the status line, each with headroom for tall scripts.
        const int row = list->sizeHintForRow(0);
        const QFontMetrics metrics(list->font());
        INFO("row " << row << " line " << metrics.height());
        CHECK(row >= 2 * metrics.height() + metrics.height() / 2);
    }
}
