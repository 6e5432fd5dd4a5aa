// core/geo: Web-Mercator tile math, the MBTiles reader (a tiny file the test writes, with the
// TMS row flip), the offline-map import, and marker clustering.
#include "core/geo/mbtilessource.h"
#include "core/geo/placegroups.h"
#include "core/geo/tileimport.h"
#include "core/geo/tilemath.h"
#include "core/paths/datapaths.h"

#include <QFile>
#include <QLineF>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace integreat::geo;
using namespace Qt::StringLiterals;

namespace {

/// Writes an MBTiles file with one tile per (z, x, xyz-y) whose data names the XYZ tile.
void writeMbtiles(const QString &path, const QList<TileId> &tiles, bool withMetadata = true)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db,
                         "CREATE TABLE tiles (zoom_level integer, tile_column integer, "
                         "tile_row integer, tile_data blob);",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    if (withMetadata) {
        REQUIRE(sqlite3_exec(db,
                             "CREATE TABLE metadata (name text, value text);"
                             "INSERT INTO metadata VALUES ('name','Test'),('format','png'),"
                             "('minzoom','0'),('maxzoom','12'),"
                             "('attribution','<a href=\"https://www.openstreetmap.org/copyright\">"
                             "&copy; OpenStreetMap contributors</a>');",
                             nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    for (const TileId &t : tiles) {
        const QByteArray sql = QStringLiteral("INSERT INTO tiles VALUES (%1,%2,%3,'xyz %1/%2/%4')")
                                   .arg(t.z)
                                   .arg(t.x)
                                   .arg(mercator::tmsRow(t.z, t.y))
                                   .arg(t.y)
                                   .toUtf8();
        REQUIRE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    sqlite3_close(db);
}

} // namespace

TEST_CASE("Mercator maps known points to world pixels and back", "[geo]")
{
    const QPointF origin = mercator::toPixel({0, 0}, 0);
    CHECK(origin.x() == Approx(128));
    CHECK(origin.y() == Approx(128));
    // Augsburg town hall at zoom 12 lies in tile 2171/1417 (the slippy-map formula).
    const LatLon augsburg{48.3689, 10.8978};
    const QPointF p = mercator::toPixel(augsburg, 12);
    CHECK(int(p.x()) / TileSize == 2171);
    CHECK(int(p.y()) / TileSize == 1417);
    const LatLon back = mercator::fromPixel(p, 12);
    CHECK(back.lat == Approx(augsburg.lat).margin(1e-9));
    CHECK(back.lon == Approx(augsburg.lon).margin(1e-9));
    CHECK(mercator::worldSize(3) == Approx(2048));
}

TEST_CASE("The MBTiles row is the XYZ row flipped", "[geo]")
{
    CHECK(mercator::tmsRow(11, 791) == 1256); // the MBTiles spec's own example
    CHECK(mercator::tmsRow(0, 0) == 0);
    CHECK(mercator::tmsRow(3, 0) == 7);
    CHECK(mercator::tmsRow(3, mercator::tmsRow(3, 2)) == 2);
}

TEST_CASE("The tiles covering a viewport wrap around the date line and stop at the poles", "[geo]")
{
    const QList<TileId> tiles = mercator::tilesCovering(QRectF(-10, -10, 30, 600), 1);
    // x -1 wraps to 1; y is clamped to 0..1.
    CHECK(tiles.size() == 4);
    CHECK(tiles.contains(TileId{1, 1, 0}));
    CHECK(tiles.contains(TileId{1, 0, 1}));
    CHECK(mercator::tilesCovering(QRectF(0, 0, 256, 256), 2).size() == 1);
}

TEST_CASE("Zoom to fit puts a town's bounding box into the viewport", "[geo]")
{
    const LatLon sw{48.30, 10.80};
    const LatLon ne{48.45, 10.99};
    const double zoom = mercator::zoomToFit(sw, ne, QSizeF(800, 600));
    const QPointF a = mercator::toPixel({ne.lat, sw.lon}, zoom);
    const QPointF b = mercator::toPixel({sw.lat, ne.lon}, zoom);
    CHECK(b.x() - a.x() <= 800.001);
    CHECK(b.y() - a.y() <= 600.001);
    CHECK(std::max(b.x() - a.x(), (b.y() - a.y()) * 800 / 600) == Approx(800).epsilon(0.01));
}

TEST_CASE("Distances are great-circle metres", "[geo]")
{
    // Augsburg to Munich main stations: about 52 km as the crow flies.
    CHECK(distanceMeters({48.3655, 10.8857}, {48.1402, 11.5600}) == Approx(55600).epsilon(0.03));
    CHECK(distanceMeters({30, 30}, {30, 30}) == 0);
}

TEST_CASE("An MBTiles file serves tiles by XYZ address with the TMS flip", "[geo][mbtiles]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"town.mbtiles"_s);
    writeMbtiles(path, {{0, 0, 0}, {2, 1, 0}, {2, 1, 3}, {11, 327, 791}});
    MbtilesSource source;
    REQUIRE(source.open(path));
    CHECK(source.minZoom() == 0);
    CHECK(source.maxZoom() == 12);
    CHECK(source.tile({2, 1, 0}) == "xyz 2/1/0");
    CHECK(source.tile({2, 1, 3}) == "xyz 2/1/3");
    CHECK(source.tile({11, 327, 791}) == "xyz 11/327/791");
    CHECK(source.tile({2, 2, 2}).isEmpty());
    CHECK(source.tile({13, 0, 0}).isEmpty()); // above maxzoom
    CHECK(source.attribution() == u"© OpenStreetMap contributors"_s);
}

TEST_CASE("Files that are not MBTiles are refused with a clear message", "[geo][mbtiles]")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(u"notes.mbtiles"_s);
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("these are not map tiles, just text that is long enough to be a header....");
    file.close();
    MbtilesSource source;
    CHECK_FALSE(source.open(text));
    CHECK(source.errorString().contains(u"not an MBTiles"_s));

    const QString noMetadata = dir.filePath(u"bare.mbtiles"_s);
    writeMbtiles(noMetadata, {{0, 0, 0}}, false);
    CHECK_FALSE(source.open(noMetadata));
    CHECK(source.errorString().contains(u"metadata"_s));
    CHECK_FALSE(source.open(dir.filePath(u"missing.mbtiles"_s)));
}

TEST_CASE("Importing an offline map copies it into the data folder per region", "[geo][mbtiles]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"source.mbtiles"_s);
    writeMbtiles(file, {{0, 0, 0}});
    const QString dataDir = dir.filePath(u"data"_s);
    CHECK(importOfflineMap(dataDir, u"musterstadt"_s, file).isEmpty());
    const QString target = integreat::paths::DataPaths(dataDir).offlineMap(u"musterstadt"_s);
    CHECK(target.endsWith(u"/data/tiles/musterstadt.mbtiles"_s));
    MbtilesSource source;
    REQUIRE(source.open(target));
    CHECK(source.tile({0, 0, 0}) == "xyz 0/0/0");
    // A bad file leaves the imported map alone.
    CHECK_FALSE(importOfflineMap(dataDir, u"musterstadt"_s, dir.filePath(u"none"_s)).isEmpty());
    CHECK(QFile::exists(target));
    CHECK_FALSE(importOfflineMap(dataDir, u"../etc"_s, file).isEmpty());
}

TEST_CASE("Markers close on screen form clusters and far ones stay alone", "[geo][cluster]")
{
    const QList<QPointF> pixels{{0, 0}, {10, 0}, {200, 200}, {5, 5}, {1000, 0}, {210, 195}};
    const QList<Cluster> clusters = clusterPoints(pixels, 40);
    REQUIRE(clusters.size() == 3);
    CHECK(clusters.at(0).members == QList<int>{0, 1, 3});
    CHECK(clusters.at(1).members == QList<int>{2, 5});
    CHECK(clusters.at(2).members == QList<int>{4});
    CHECK(clusters.at(0).centre.x() == Approx(5));
    CHECK(clusterPoints(pixels, 1).size() == 6);
    // 1,500 places in a grid: every place is in exactly one cluster.
    QList<QPointF> many;
    for (int i = 0; i < 1500; ++i)
        many.append(QPointF((i % 50) * 7.0, (i / 50) * 7.0));
    qsizetype total = 0;
    for (const Cluster &c : clusterPoints(many, 25))
        total += c.members.size();
    CHECK(total == 1500);
}

TEST_CASE("Clusters whose circles would overlap become one", "[geo][cluster]")
{
    // Greedy clustering leaves seeds 50 px apart, but circles of 28 px radius then overlap.
    const QList<QPointF> pixels{{0, 0}, {10, 0}, {0, 10}, {52, 0}, {60, 6}, {300, 300}};
    const QList<Cluster> greedy = clusterPoints(pixels, 50);
    REQUIRE(greedy.size() == 3);
    const auto extent = [](int count) {
        return count > 1 ? 28.0 : 14.0;
    };
    const QList<Cluster> separated = separateClusters(greedy, extent, 4);
    REQUIRE(separated.size() == 2);
    CHECK(separated.at(0).members == QList<int>{0, 1, 2, 3, 4});
    CHECK(separated.at(0).centre.x() == Approx((0 + 10 + 0 + 52 + 60) / 5.0));
    CHECK(separated.at(1).members == QList<int>{5});
    // Nothing left overlaps, also for a dense grid of 1,500 points.
    QList<QPointF> many;
    for (int i = 0; i < 1500; ++i)
        many.append(QPointF((i % 50) * 9.0, (i / 50) * 9.0));
    const QList<Cluster> all = separateClusters(clusterPoints(many, 50), extent, 4);
    qsizetype total = 0;
    for (qsizetype a = 0; a < all.size(); ++a) {
        total += all.at(a).members.size();
        for (qsizetype b = a + 1; b < all.size(); ++b) {
            const double reach =
                extent(int(all.at(a).members.size())) + extent(int(all.at(b).members.size())) + 4;
            CHECK(QLineF(all.at(a).centre, all.at(b).centre).length() >= reach);
        }
    }
    CHECK(total == 1500);
}

TEST_CASE("Places without usable coordinates are not drawn", "[geo]")
{
    const LatLon centre{48.37, 10.89};
    integreat::model::Address address;
    CHECK_FALSE(usableCoordinates(address, centre));
    address.latitude = 0;
    address.longitude = 0;
    CHECK_FALSE(usableCoordinates(address, centre));
    address.latitude = 1; // the CMS test data's 1/1, far outside any German town
    address.longitude = 1;
    CHECK_FALSE(usableCoordinates(address, centre));
    CHECK(usableCoordinates(address, std::nullopt));
    address.latitude = 48.36;
    address.longitude = 10.90;
    CHECK(usableCoordinates(address, centre));
}
