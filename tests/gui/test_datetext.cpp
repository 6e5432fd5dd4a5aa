// Stable tile colours and the Places list rows (the date texts have their own unit tests beside
// app/desktop/presentation).
#include "desktop/pages/tileimage.h"
#include "desktop/places/placeitemdelegate.h"
#include "desktop/places/placelistpanel.h"

#include <QApplication>
#include <QListView>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat::desktop;

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
        const QStringList titles{u"موقع الاختبار Test-Ort ትግርኛ"_s, u"Stadtbücherei"_s};
        const QStringList details{u"Behörde · Closed now"_s, u"Open now"_s};
        panel.setPlaces(
            {0, 1}, [&](int i) { return titles.at(i); }, [&](int i) { return details.at(i); });
        QListView *list = panel.list();
        REQUIRE(list->model()->rowCount() == 2);
        const QModelIndex first = list->model()->index(0, 0);
        CHECK(first.data().toString() == u"موقع الاختبار Test-Ort ትግርኛ"_s);
        CHECK(first.data(PlaceItemDelegate::DetailsRole).toString() == u"Behörde · Closed now"_s);
        CHECK(first.data(Qt::AccessibleTextRole).toString().contains(u"Closed now"_s));
        // Room for a bold name and the status line, each with headroom for tall scripts.
        const int row = list->sizeHintForRow(0);
        const QFontMetrics metrics(list->font());
        INFO("row " << row << " line " << metrics.height());
        CHECK(row >= 2 * metrics.height() + metrics.height() / 2);
    }
}
