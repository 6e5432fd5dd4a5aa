// The Places section on the Musterstadt demo town (imported next to the synced corpus): the
// list by title or nearest first, filters (category, open now), search within places, the
// detail (opening hours with today in bold, contacts, Navigate). The map: test_places_map.cpp.
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

TEST_CASE("Places lists the town's places by title and draws them on the map", "[gui][places]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    PlacesView &view = openDemoPlaces(f);
    const QStringList paths = view.listedPaths();
    REQUIRE(paths.size() == 6);
    QStringList titles;
    const QAbstractItemModel *model = view.listPanel()->list()->model();
    for (int i = 0; i < model->rowCount(); ++i)
        titles << model->index(i, 0).data().toString();
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
              ->model()
              ->index(0)
              .data(PlaceItemDelegate::DetailsRole)
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
    CHECK(view.listPanel()->list()->currentIndex().data().toString().startsWith(
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

TEST_CASE("A place found by the search opens in Places", "[gui][places]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    PlacesView &view = openDemoPlaces(f);
    f.window().showSection(u"local"_s);
    SearchView *search = f.window().localInformation()->searchView();
    f.search(u"Stadtbibliothek"_s);
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
