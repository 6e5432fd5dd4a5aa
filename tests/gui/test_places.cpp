// The Places section on the Musterstadt demo town (imported next to the synced corpus): the
// list by title or nearest first, filters (category, open now), search within places, the
// detail (opening hours with today in bold, contacts, Navigate), the map with markers on a
// plain background and a note when there is no offline map, an imported MBTiles map drawn,
// merged markers and clusters. A hidden case writes docs/screenshots/places.png.
#include "firstrun/demopack.h"
#include "geo/mbtilessource.h"
#include "geo/tileimport.h"
#include "guifixture.h"
#include "mainwindow/sectionbar.h"
#include "pages/contentbrowser.h"
#include "pages/linkrouter.h"
#include "pages/localinfoview.h"
#include "places/mapwidget.h"
#include "places/placeitemdelegate.h"
#include "places/placelistpanel.h"
#include "places/placesview.h"
#include "search/searchview.h"
#include "settings/storagepanel.h"

#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimeZone>
#include <QToolButton>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::GuiFixture;
using integreat::testing::waitUntil;

namespace {

/// Monday 2025-10-13, 10:00 in Berlin.
QDateTime mondayMorning()
{
    return QDateTime(QDate(2025, 10, 13), QTime(10, 0), QTimeZone("Europe/Berlin"));
}

/// The demo town in the fixture's store, its Places section shown.
PlacesView &openDemoPlaces(GuiFixture &f)
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

/// A one-colour 256×256 PNG.
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

/// An MBTiles file with red tiles at zooms 0–12 over the whole world at z0 and the area
/// around (lat, lon) further down.
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

} // namespace

TEST_CASE("Places lists the town's places by title and draws them on the map", "[gui][places]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    PlacesView &view = openDemoPlaces(f);
    const QStringList paths = view.listedPaths();
    REQUIRE(paths.size() == 6);
    QStringList titles;
    for (int i = 0; i < view.listPanel()->list()->count(); ++i)
        titles << view.listPanel()->list()->item(i)->text();
    QStringList sorted = titles;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    CHECK(titles == sorted);
    int drawn = 0;
    for (const MapWidget::Marker &marker : view.map()->markers())
        drawn += int(marker.places.size());
    CHECK(drawn == 6);
    CHECK(view.listPanel()->countLabel()->text().contains(u"6"_s));
    // The first view holds the town: every marker is on screen.
    for (const MapWidget::Marker &marker : view.map()->markers())
        CHECK(view.map()->rect().contains(view.map()->toScreen(marker.position).toPoint()));
}

TEST_CASE("A position sorts the list nearest first", "[gui][places]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    PlacesView &view = openDemoPlaces(f);
    // Right at the youth centre.
    view.setUserPosition(geo::LatLon{50.10544, 10.3942});
    CHECK(view.listedPaths().first() == u"/musterstadt/de/locations/jugendzentrum/"_s);
    CHECK(view.listPanel()
              ->list()
              ->item(0)
              ->data(PlaceItemDelegate::DetailsRole)
              .toString()
              .contains(u"0.0 km"_s));
    CHECK(view.listPanel()->countLabel()->text().contains(u"nearest"_s));
    view.setUserPosition(geo::LatLon{50.09702, 10.39855});
    CHECK(view.listedPaths().first() == u"/musterstadt/de/locations/kleiderkammer/"_s);
}

TEST_CASE("Filters and search narrow the list and the markers", "[gui][places]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    PlacesView &view = openDemoPlaces(f);
    int bildung = -1;
    for (const model::Place &place : view.places()) {
        if (place.category && place.category->name == u"Bildung"_s)
            bildung = place.category->id;
    }
    REQUIRE(bildung >= 0);
    geo::PlaceFilter filter;
    filter.categoryId = bildung;
    view.setFilter(filter);
    CHECK(view.listedPaths().size() == 2);
    CHECK(view.map()->markers().size() == 2);
    CHECK(view.listPanel()->filtersButton()->text().contains(u"1"_s));

    // Open now: Monday 10:00; every listed place is open then, and at 03:00 none is.
    filter = {};
    filter.openNow = true;
    view.setFilter(filter);
    const QStringList openAtTen = view.listedPaths();
    CHECK_FALSE(openAtTen.isEmpty());
    CHECK(openAtTen.size() < 6);
    view.setClock([] { return mondayMorning().addSecs(-7 * 3600); });
    CHECK(view.listedPaths().isEmpty());
    view.setClock(mondayMorning);

    view.setFilter({});
    view.listPanel()->searchField()->setText(u"bibliothek"_s);
    CHECK(view.listedPaths() == QStringList{u"/musterstadt/de/locations/stadtbibliothek/"_s});
    view.listPanel()->searchField()->clear();
    CHECK(view.listedPaths().size() == 6);
}

TEST_CASE("A place's detail shows hours with today in bold and contacts and navigates",
          "[gui][places]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    PlacesView &view = openDemoPlaces(f);
    REQUIRE(view.openPlace(u"/musterstadt/de/locations/migrationsberatung/"_s));
    CHECK(view.isDetailShown());
    CHECK(view.map()->selectedPlace() == view.openedPlace());
    CHECK(view.listPanel()->list()->currentItem()->text().startsWith(
        view.places().at(view.openedPlace()).title));
    const QString html = view.detail()->toHtml();
    const QString text = view.detail()->toPlainText();
    CHECK(text.contains(u"Opening hours"_s));
    CHECK(text.contains(u"Contacts"_s));
    CHECK(text.contains(u"Navigate"_s));
    // Monday is today (the injected clock): its row is bold, Tuesday's is not.
    const QString monday = view.locale().dayName(1);
    const QString tuesday = view.locale().dayName(2);
    CHECK(text.indexOf(monday) < text.indexOf(tuesday));
    QTextCursor cursor = view.detail()->document()->find(monday);
    REQUIRE_FALSE(cursor.isNull());
    CHECK(cursor.charFormat().fontWeight() >= QFont::Bold);
    cursor = view.detail()->document()->find(tuesday);
    REQUIRE_FALSE(cursor.isNull());
    CHECK(cursor.charFormat().fontWeight() < QFont::Bold);
    Q_UNUSED(html)

    emit view.detail()->linkActivated(QUrl(QString::fromUtf16(u"integreat-navigate:")));
    REQUIRE(f.opened.size() == 1);
    CHECK(f.opened.first().host() == u"www.openstreetmap.org"_s);

    view.showList();
    CHECK_FALSE(view.isDetailShown());
    CHECK(view.listPanel()->selectedPlace() == view.openedPlace());
}

TEST_CASE("Without an offline map the markers stand on a plain background with a note",
          "[gui][places]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s}, true);
    PlacesView &view = openDemoPlaces(f);
    CHECK(view.map()->offlineNote().contains(u"offline map"_s));
    const QImage image = grab(*view.map());
    // The background is the plain colour; a marker is drawn where a place is.
    const QList<geo::Cluster> shown = view.map()->visibleClusters();
    REQUIRE_FALSE(shown.isEmpty());
    const geo::Cluster &first = shown.first();
    const QPoint at =
        first.centre.toPoint() + (first.members.size() > 1 ? QPoint() : QPoint(0, -20));
    CHECK(image.pixelColor(at) != QColor(0xee, 0xf1, 0xf3));
    CHECK(image.pixelColor(at) != QColor(0xdd, 0xe2, 0xe6));
    // The list and details work anyway.
    CHECK(view.openPlace(view.places().first().path));
}

TEST_CASE("An imported MBTiles map is drawn under the markers with its attribution",
          "[gui][places]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    QTemporaryDir tmp;
    const QString file = tmp.filePath(u"musterstadt.mbtiles"_s);
    writeRedMap(file, 50.1, 10.4);
    REQUIRE(geo::importOfflineMap(f.dataDir(), u"musterstadt"_s, file).isEmpty());
    PlacesView &view = openDemoPlaces(f);
    view.map()->setView({50.1, 10.4}, 12);
    const QImage image = grab(*view.map());
    const QColor corner = image.pixelColor(5, 5);
    CHECK(corner.red() > 200);
    CHECK(corner.green() < 60);
    CHECK(view.map()->shownAttribution() == u"Test map"_s);
}

TEST_CASE("Online tiles are fetched for the visible viewport only and drawn", "[gui][places]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    PlacesView &view = openDemoPlaces(f);
    const QByteArray green = tilePng(QColor(30, 200, 60));
    for (int x = 0; x < 4; ++x) {
        for (int y = 0; y < 4; ++y)
            f.server.setRoute(u"/osm/2/%1/%2.png"_s.arg(x).arg(y),
                              {200, green, {{"Cache-Control", "max-age=600"}}, "image/png"});
    }
    f.server.clearRequests();
    view.setOnlineTiles(f.server.baseUrl().toString() + u"/osm/{z}/{x}/{y}.png"_s, u"Test tiles"_s);
    MapWidget &map = *view.map();
    map.setView({50.1, 10.4}, 2);
    grab(map); // a paint asks for the visible tiles
    REQUIRE(waitUntil(
        [&] { return grab(map).pixelColor(5, map.height() / 2) == QColor(30, 200, 60); }));
    const auto requests = f.server.requests();
    REQUIRE_FALSE(requests.isEmpty());
    for (const auto &request : requests) {
        CHECK(request.target.startsWith(u"/osm/2/"_s));
        CHECK(request.headers.value("user-agent").startsWith("IntegreatDesktop/"));
    }
    CHECK(map.offlineNote().contains(u"internet"_s));
    CHECK(map.shownAttribution() == u"Test tiles"_s);
}

TEST_CASE("An offline map imported in the settings shows when Places is opened again",
          "[gui][places]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s}, true);
    PlacesView &view = openDemoPlaces(f);
    view.map()->setView({50.1, 10.4}, 12);
    CHECK(grab(*view.map()).pixelColor(5, 5).green() > 150); // no red map yet
    QTemporaryDir tmp;
    const QString file = tmp.filePath(u"musterstadt.mbtiles"_s);
    writeRedMap(file, 50.1, 10.4);
    StoragePanel panel(*f.store, f.dataDir());
    REQUIRE(panel.importOfflineMap(u"musterstadt"_s, file));
    f.window().showSection(u"local"_s);
    f.window().showSection(u"places"_s);
    view.map()->setView({50.1, 10.4}, 12);
    const QColor corner = grab(*view.map()).pixelColor(5, 5);
    CHECK(corner.red() > 200);
    CHECK(corner.green() < 60);
}

TEST_CASE("A place found by the search opens in Places", "[gui][places]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    PlacesView &view = openDemoPlaces(f);
    f.window().showSection(u"local"_s);
    SearchView *search = f.window().localInformation()->searchView();
    QSignalSpy shown(search, &SearchView::resultsShown);
    QLineEdit *field = f.window().searchField();
    field->setFocus();
    for (const QChar c : u"Stadtbibliothek"_s)
        QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
    REQUIRE(waitUntil([&] { return !search->isSearching() && shown.count() > 0; }));
    QListView *list = search->list();
    int row = -1;
    for (int i = 0; i < list->model()->rowCount(); ++i) {
        if (list->model()->index(i, 0).data(SearchView::HitKindRole).toString() == u"place"_s)
            row = i;
    }
    REQUIRE(row >= 0);
    emit list->activated(list->model()->index(row, 0));
    CHECK(f.window().placesView()->isVisible());
    CHECK(view.isDetailShown());
    CHECK(view.places().at(view.openedPlace()).path ==
          u"/musterstadt/de/locations/stadtbibliothek/"_s);
}

TEST_CASE("Clusters show a count and zoom in when clicked", "[gui][places]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    PlacesView &view = openDemoPlaces(f);
    MapWidget &map = *view.map();
    map.setView({50.1012, 10.4}, 8); // the whole town within a few pixels
    const QList<geo::Cluster> clusters = map.visibleClusters();
    REQUIRE(clusters.size() == 1);
    CHECK(clusters.first().members.size() == 6);
    const double zoom = map.zoom();
    QTest::mouseClick(&map, Qt::LeftButton, {}, clusters.first().centre.toPoint());
    CHECK(map.zoom() == Approx(zoom + 2));
}

TEST_CASE("Places within 5 m are one marker that lists them", "[gui][places]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    PlacesView &view = openDemoPlaces(f);
    MapWidget &map = *view.map();
    map.setView({50.1, 10.4}, 18);
    // Two places 1 m apart: merged into one marker standing for both.
    QList<MapWidget::Marker> markers = map.markers();
    MapWidget::Marker merged = markers.first();
    merged.places = {0, 1};
    map.setMarkers({merged});
    map.setView(merged.position, 18);
    QSignalSpy spy(&map, &MapWidget::markerActivated);
    QTest::mouseClick(&map, Qt::LeftButton, {},
                      map.toScreen(merged.position).toPoint() + QPoint(0, -18));
    REQUIRE(spy.size() == 1);
    CHECK(spy.first().first().value<QList<int>>() == QList<int>{0, 1});
}

TEST_CASE("Screenshot of the Places screen", "[.screenshot]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s}, true);
    PlacesView &view = openDemoPlaces(f);
    view.openPlace(u"/musterstadt/de/locations/migrationsberatung/"_s);
    QApplication::processEvents();
    const QString out = qEnvironmentVariable("INTEGREAT_SCREENSHOT", u"places.png"_s);
    CHECK(f.window().grab().save(out));
}

TEST_CASE("The first map view shows every place, closer than the whole region")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    PlacesView &view = openDemoPlaces(f);
    MapWidget *map = view.map();
    REQUIRE(waitUntil([&] { return map->isVisible() && map->width() > 300; }));
    QApplication::processEvents();
    REQUIRE_FALSE(map->markers().isEmpty());
    for (const MapWidget::Marker &marker : map->markers()) {
        const QPointF p = map->toScreen(marker.position);
        INFO("marker at " << p.x() << "," << p.y() << " in " << map->width() << "x"
                          << map->height());
        CHECK(QRectF(map->rect()).adjusted(20, 40, -20, -10).contains(p));
    }
    // Zoomed in to the places, not just the region: the markers spread over the map.
    double left = 1e9, right = -1e9;
    for (const MapWidget::Marker &marker : map->markers()) {
        left = std::min(left, map->toScreen(marker.position).x());
        right = std::max(right, map->toScreen(marker.position).x());
    }
    CHECK(right - left > map->width() / 4.0);
}
