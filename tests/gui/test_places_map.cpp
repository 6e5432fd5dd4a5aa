// The Places map on the Musterstadt demo town: markers on a plain background and a note when
// there is no offline map, an imported MBTiles map drawn, online tiles for the viewport, merged
// markers and clusters, the first view. A hidden case writes docs/screenshots/places.png.
#include "core/geo/mbtilessource.h"
#include "core/geo/tileimport.h"
#include "desktop/firstrun/demopack.h"
#include "desktop/mainwindow/sectionbar.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/linkrouter.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/places/mapwidget.h"
#include "desktop/places/placeitemdelegate.h"
#include "desktop/places/placelistpanel.h"
#include "desktop/places/placesview.h"
#include "desktop/search/searchview.h"
#include "desktop/settings/storagepanel.h"
#include "guifixture.h"
#include "placesfixture.h"

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

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::GuiFixture;
using integreat::testing::waitUntil;
using namespace integreat::testing;

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
