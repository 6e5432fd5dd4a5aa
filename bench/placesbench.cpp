// integreat-placesbench: the Places section with 20,000 places (the per-list limit, issue 11).
// Times opening Places (store read, markers, A–Z order, list, first paint) and filtering it
// (a category, search text, typing), and the list alone: the model view (PlaceListModel, rows
// worked out when shown) beside the former approach (a QListWidget with an item per place,
// rebuilt here in the same way for comparison). Prints figures; asserts nothing.
#include "core/store/store.h"
#include "desktop/places/placeitemdelegate.h"
#include "desktop/places/placelistpanel.h"
#include "desktop/places/placesview.h"
#include "manyplaces.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace integreat;
using desktop::PlaceListPanel;

namespace {

constexpr int Many = 20000;
const QString Region = u"grossstadt"_s;

/// The median of `runs` timings of `step` (after `prepare`, untimed), in ms.
double medianMs(int runs, const std::function<void()> &step,
                const std::function<void()> &prepare = {})
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        if (prepare)
            prepare();
        QElapsedTimer timer;
        timer.start();
        step();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

/// What the event loop does next: the view's delayed layout, then painting its viewport.
void paint(QAbstractItemView *list)
{
    QCoreApplication::processEvents();
    list->viewport()->grab();
}

void fillStore(store::Store &store)
{
    model::Region region;
    region.id = 1;
    region.slug = Region;
    region.name = u"Stadt Großstadt"_s;
    region.nameWithoutPrefix = u"Großstadt"_s;
    region.placesEnabled = true;
    region.center = model::GeoPoint{48.4, 10.9};
    region.languages = {{u"de"_s, u"de-DE"_s, u"Deutsch"_s, false}};
    store.saveRegions({region});
    store::LanguageContent content;
    content.region = Region;
    content.language = region.languages.first();
    content.places = testing::manyPlaces(Region, u"de"_s, Many, 48.33, 10.85);
    content.categories = testing::manyPlaceCategories();
    store.applyLanguage(content);
}

/// The former list: one QListWidgetItem per place with all of its texts made up front.
void fillWidgetList(QListWidget &list, const QList<model::Place> &places, const QList<int> &order,
                    const QDateTime &now)
{
    list.clear();
    for (int i : order) {
        const QString title = places.at(i).title;
        const QString details = PlaceListPanel::rowDetails(places.at(i), std::nullopt, now);
        auto *item = new QListWidgetItem(title, &list);
        item->setData(Qt::UserRole, i);
        item->setData(desktop::PlaceItemDelegate::DetailsRole, details);
        item->setData(Qt::AccessibleTextRole, QString(title + u", "_s + details));
        item->setToolTip(QString(title + u'\n' + details));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, u"Print JSON instead of a table."_s);
    const QCommandLineOption runs(u"runs"_s, u"Runs per figure (default 5)."_s, u"N"_s, u"5"_s);
    parser.addOptions({json, runs});
    parser.addHelpOption();
    parser.process(app);
    const int n = std::max(1, parser.value(runs).toInt());

    QTemporaryDir dir;
    store::Store store(dir.filePath(u"store.sqlite"_s));
    fillStore(store);

    // The whole section.
    desktop::PlacesView view(store, dir.path(), QUrl(u"http://127.0.0.1:9"_s));
    view.setOnlineTiles({});
    view.resize(1280, 800);
    view.show();
    QListView *list = view.listPanel()->list();
    QLineEdit *search = view.listPanel()->searchField();
    bool first = true;
    const double open = medianMs(n, [&] {
        view.showRegion(Region, u"de"_s, !first);
        first = false;
        paint(list);
    });
    const int openRows = list->model()->rowCount();
    const int worked = view.listPanel()->model()->detailsWorkedOut();
    geo::PlaceFilter category;
    category.categoryId = 9001;
    const double byCategory = medianMs(
        n,
        [&] {
            view.setFilter(category);
            paint(list);
        },
        [&] { view.setFilter({}); });
    const int categoryRows = list->model()->rowCount();
    const double byText = medianMs(
        n,
        [&] {
            search->setText(u"Ort 1"_s);
            paint(list);
        },
        [&] { view.setFilter({}); });
    const int textRows = list->model()->rowCount();
    const double cleared = medianMs(
        n,
        [&] {
            search->clear();
            paint(list);
        },
        [&] { search->setText(u"Ort 1"_s); });
    // Typing "Ort 19999" into the search field, a key at a time.
    QList<double> keys;
    search->clear();
    for (const QChar c : u"Ort 19999"_s) {
        QElapsedTimer timer;
        timer.start();
        search->setText(search->text() + c);
        paint(list);
        keys.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(keys.begin(), keys.end());
    search->clear();

    // The list alone, same rows in the same order: model view vs. a QListWidget.
    const QList<model::Place> &places = view.places();
    const QList<int> all = view.listPanel()->model()->places();
    QList<int> fifth;
    for (int i : all) {
        if (i % 5 == 0)
            fifth.append(i);
    }
    const QDateTime now = QDateTime::currentDateTime();
    PlaceListPanel panel;
    panel.resize(400, 800);
    panel.show();
    const auto fillPanel = [&](const QList<int> &order) {
        panel.setPlaces(
            order, [&](int i) { return places.at(i).title; },
            [&](int i) { return PlaceListPanel::rowDetails(places.at(i), std::nullopt, now); });
        paint(panel.list());
    };
    QListWidget widgets;
    widgets.setUniformItemSizes(true);
    widgets.setItemDelegate(new desktop::PlaceItemDelegate(&widgets));
    widgets.resize(400, 800);
    widgets.show();
    const auto fillWidgets = [&](const QList<int> &order) {
        fillWidgetList(widgets, places, order, now);
        paint(&widgets);
    };
    const double modelAll = medianMs(
        n, [&] { fillPanel(all); }, [&] { fillPanel({}); });
    const double modelFifth = medianMs(
        n, [&] { fillPanel(fifth); }, [&] { fillPanel(all); });
    const double widgetAll = medianMs(
        n, [&] { fillWidgets(all); }, [&] { fillWidgets({}); });
    const double widgetFifth = medianMs(
        n, [&] { fillWidgets(fifth); }, [&] { fillWidgets(all); });

    if (parser.isSet(json)) {
        const QJsonObject root{{u"places"_s, Many},
                               {u"runs"_s, n},
                               {u"open_ms"_s, open},
                               {u"open_rows"_s, openRows},
                               {u"rows_worked_out_after_open"_s, worked},
                               {u"filter_category_ms"_s, byCategory},
                               {u"filter_category_rows"_s, categoryRows},
                               {u"filter_text_ms"_s, byText},
                               {u"filter_text_rows"_s, textRows},
                               {u"filter_clear_ms"_s, cleared},
                               {u"typing_median_ms"_s, keys.at(keys.size() / 2)},
                               {u"typing_max_ms"_s, keys.last()},
                               {u"list_model_all_ms"_s, modelAll},
                               {u"list_model_fifth_ms"_s, modelFifth},
                               {u"list_widget_all_ms"_s, widgetAll},
                               {u"list_widget_fifth_ms"_s, widgetFifth}};
        std::printf("%s\n", QJsonDocument(root).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    std::printf("Places with 20,000 places, 1280x800 offscreen, median of %d runs\n", n);
    std::printf("  open Places (store, markers, A-Z, list, first paint): %8.1f ms, %d rows, "
                "%d rows worked out\n",
                open, openRows, worked);
    std::printf("  filter: one category                               %8.1f ms, %d rows\n",
                byCategory, categoryRows);
    std::printf("  filter: search \"Ort 1\"                             %8.1f ms, %d rows\n",
                byText, textRows);
    std::printf("  filter: clear the search                           %8.1f ms\n", cleared);
    std::printf("  typing \"Ort 19999\", per key                        median %.1f ms, max %.1f "
                "ms\n",
                keys.at(keys.size() / 2), keys.last());
    std::printf("  list alone, fill + first paint     model view     QListWidget (former)\n");
    std::printf("    20,000 rows                      %8.1f ms    %8.1f ms\n", modelAll, widgetAll);
    std::printf("    4,000 rows (one category)        %8.1f ms    %8.1f ms\n", modelFifth,
                widgetFifth);
    return 0;
}
