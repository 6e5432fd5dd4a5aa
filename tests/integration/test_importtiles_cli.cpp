// integreat-cli import-tiles: a valid MBTiles file lands in <data dir>/tiles/<region>.mbtiles;
// a file that is not MBTiles is refused with one clear line and exit 1; a missing argument is a
// usage error (exit 2).
#include "clirunner.h"
#include "core/geo/mbtilessource.h"
#include "core/geo/tileimport.h"
#include "core/paths/datapaths.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace integreat;
using integreat::testing::runCli;

TEST_CASE("integreat-cli import-tiles imports an MBTiles file and refuses others", "[geo][cli]")
{
    QTemporaryDir dir;
    const QString good = dir.filePath(u"town.mbtiles"_s);
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(good.toUtf8().constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db,
                         "CREATE TABLE metadata (name text, value text);"
                         "INSERT INTO metadata VALUES ('name','Town'),('format','png'),"
                         "('minzoom','0'),('maxzoom','14');"
                         "CREATE TABLE tiles (zoom_level integer, tile_column integer,"
                         " tile_row integer, tile_data blob);"
                         "INSERT INTO tiles VALUES (0,0,0,'x');",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    const QString dataDir = dir.filePath(u"data"_s);

    const auto ok = runCli(
        {u"--data-dir"_s, dataDir, u"import-tiles"_s, u"--region"_s, u"musterstadt"_s, good});
    INFO(ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains(u"Town"_s));
    geo::MbtilesSource source;
    REQUIRE(source.open(paths::DataPaths(dataDir).offlineMap(u"musterstadt"_s)));
    CHECK(source.tile({0, 0, 0}) == "x");

    const QString bad = dir.filePath(u"notes.mbtiles"_s);
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a map");
    file.close();
    const auto refused =
        runCli({u"--data-dir"_s, dataDir, u"import-tiles"_s, u"--region"_s, u"musterstadt"_s, bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"not an MBTiles map file"_s));
    CHECK(refused.err.trimmed().count(u'\n') == 0);

    CHECK(runCli({u"--data-dir"_s, dataDir, u"import-tiles"_s, good}).exitCode == 2);
}
