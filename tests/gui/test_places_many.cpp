// 20,000 places (the per-list limit, issue 11) in the Places list: a model view that works out
// only the rows it shows, filters by category and search text, and opens the last place from the
// keyboard. The timings are in bench/placesbench.cpp.
#include "desktop/places/mapwidget.h"
#include "desktop/places/placelistmodel.h"
#include "desktop/places/placelistpanel.h"
#include "desktop/places/placesview.h"
#include "guifixture.h"
#include "manyplaces.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::GuiFixture;
using integreat::testing::waitUntil;

namespace {
constexpr int Many = 20000;
}

TEST_CASE("20,000 places keep the list responsive: a model view, filtered, opened by Enter",
          "[gui][places]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    store::LanguageContent content = f.storedPages();
    content.places = testing::manyPlaces(u"augsburg"_s, u"de"_s, Many, 48.33, 10.85);
    content.categories = testing::manyPlaceCategories();
    f.store->applyLanguage(content);

    f.window().showSection(u"places"_s);
    PlacesView *view = f.window().placesView();
    REQUIRE(waitUntil([&] { return view->isVisible(); }));
    view->setOnlineTiles({});
    view->refresh();
    PlaceListPanel *panel = view->listPanel();
    QListView *list = panel->list();
    REQUIRE(view->places().size() == Many);

    // A model view over the places, not an item per place: one model, rows of one height.
    REQUIRE(list->model() == panel->model());
    CHECK(list->uniformItemSizes());
    REQUIRE(list->model()->rowCount() == Many);
    CHECK(view->listedPaths().size() == Many);
    CHECK(list->model()->index(Many - 1, 0).data().toString() == u"Ort 19999"_s);

    // Virtualized: painting the list makes no widget per row and works out only the rows on
    // screen (the second line with distance and "open now" is the costly part).
    // (The view lays its rows out once the event loop runs, then paints them.)
    REQUIRE(waitUntil([&] {
        list->viewport()->grab();
        return panel->model()->detailsWorkedOut() > 0;
    }));
    CHECK(list->viewport()->findChildren<QWidget *>().size() < 5);
    CHECK(list->findChildren<QWidget *>().size() < 20);
    const int visibleRows = list->viewport()->height() / std::max(1, list->sizeHintForRow(0)) + 2;
    CHECK(panel->model()->detailsWorkedOut() <= visibleRows);

    SECTION("filtering by category and search text gives the right counts")
    {
        geo::PlaceFilter filter;
        filter.categoryId = 9001; // every fifth place
        view->setFilter(filter);
        CHECK(list->model()->rowCount() == Many / 5);
        CHECK(view->listedPaths().size() == Many / 5);
        CHECK(panel->countLabel()->text().contains(QString::number(Many / 5)));

        panel->searchField()->setText(u"Ort 1"_s); // Ort 10000 … Ort 19999
        CHECK(list->model()->rowCount() == Many / 10);
        view->setFilter({});
        CHECK(panel->searchField()->text().isEmpty());
        CHECK(list->model()->rowCount() == Many);
        panel->searchField()->setText(u"Ort 1"_s);
        CHECK(list->model()->rowCount() == Many / 2);
        panel->searchField()->setText(u"19999"_s);
        REQUIRE(list->model()->rowCount() == 1);
        CHECK(list->model()->index(0, 0).data().toString() == u"Ort 19999"_s);
        panel->searchField()->setText(u"kein solcher Ort"_s);
        CHECK(list->model()->rowCount() == 0);
        CHECK_FALSE(list->isVisible());
        panel->searchField()->clear();
        CHECK(list->model()->rowCount() == Many);
        CHECK(list->isVisible());
    }
    SECTION("selecting the last row and pressing Enter opens that place, in step with the map")
    {
        const QModelIndex last = list->model()->index(Many - 1, 0);
        list->setFocus();
        list->setCurrentIndex(last);
        list->scrollTo(last);
        QTest::keyClick(list, Qt::Key_Return);
        REQUIRE(view->isDetailShown());
        REQUIRE(view->openedPlace() >= 0);
        CHECK(view->places().at(view->openedPlace()).path ==
              u"/augsburg/de/locations/ort-19999/"_s);
        CHECK(view->map()->selectedPlace() == view->openedPlace());
        // Back to the list: the place is still the selected row, scrolled into view.
        view->showList();
        CHECK(panel->selectedPlace() == view->openedPlace());
        CHECK(list->currentIndex().row() == Many - 1);
        QCoreApplication::processEvents();
        list->viewport()->grab();
        CHECK(list->viewport()->rect().intersects(list->visualRect(list->currentIndex())));
        CHECK(panel->model()->detailsWorkedOut() <= 2 * visibleRows);
    }
}
