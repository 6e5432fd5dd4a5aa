#include "placesfixture.h"

#include "core/geo/tilemath.h"
#include "desktop/firstrun/demopack.h"
#include "desktop/mainwindow/sectionbar.h"
#include "desktop/pages/linkrouter.h"
#include "desktop/places/placesview.h"

#include <QBuffer>
#include <QPainter>
#include <QTimeZone>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace integreat::desktop;

namespace integreat::testing {

QDateTime mondayMorning()
{
    return QDateTime(QDate(2025, 10, 13), QTime(10, 0), QTimeZone("Europe/Berlin"));
}

desktop::PlacesView &openDemoPlaces(GuiFixture &f)
{
    DemoPack::import(*f.store, f.dataDir(), f.server.baseUrl(), {u"de"_s});
    f.window().placesView()->setOnlineTiles({}); // tests never fetch real tiles
    f.window().start(Location::dashboard(u"musterstadt"_s, u"de"_s));
    REQUIRE(f.window().sectionBar()->sectionIds().contains(u"places"_s));
    f.window().showSection(u"places"_s);
    PlacesView &view = *f.window().placesView();
    REQUIRE(view.isVisible());
    view.setClock(mondayMorning);
    LinkRouter *router = view.linkRouter();
    router->setConfirm([&f](ExternalLinkDialog::Kind kind, const QUrl &url) {
        f.confirmations.append({kind, url});
        return true;
    });
    router->setOpener([&f](const QUrl &url) {
        f.opened.append(url);
        return true;
    });
    return view;
}

QImage grab(QWidget &widget)
{
    QImage image(widget.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    widget.render(&image);
    return image;
}

QByteArray tilePng(const QColor &colour)
{
    QImage tile(256, 256, QImage::Format_RGB32);
    tile.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    tile.save(&buffer, "PNG");
    return bytes;
}

void writeRedMap(const QString &path, double lat, double lon)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    sqlite3_exec(db,
                 "CREATE TABLE metadata (name text, value text);"
                 "INSERT INTO metadata VALUES ('name','red'),('format','png'),('minzoom','0'),"
                 "('maxzoom','12'),('attribution','Test map');"
                 "CREATE TABLE tiles (zoom_level integer, tile_column integer, tile_row integer,"
                 " tile_data blob);",
                 nullptr, nullptr, nullptr);
    const QByteArray png = tilePng(QColor(220, 30, 30));
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO tiles VALUES (?,?,?,?)", -1, &insert, nullptr);
    for (int z = 0; z <= 12; ++z) {
        const QPointF p = geo::mercator::toPixel({lat, lon}, z);
        const int cx = int(p.x()) / geo::TileSize;
        const int cy = int(p.y()) / geo::TileSize;
        for (int y = std::max(0, cy - 4); y <= std::min((1 << z) - 1, cy + 4); ++y) {
            for (int x = std::max(0, cx - 4); x <= std::min((1 << z) - 1, cx + 4); ++x) {
                sqlite3_reset(insert);
                sqlite3_bind_int(insert, 1, z);
                sqlite3_bind_int(insert, 2, x);
                sqlite3_bind_int(insert, 3, geo::mercator::tmsRow(z, y));
                sqlite3_bind_blob(insert, 4, png.constData(), int(png.size()), SQLITE_STATIC);
                sqlite3_step(insert);
            }
        }
    }
    sqlite3_finalize(insert);
    sqlite3_close(db);
}

} // namespace integreat::testing
