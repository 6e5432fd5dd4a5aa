// A store with no back doors (issue 10), the leftovers: Store::status() counts every content row,
// so Settings → Storage and the kiosk's administration count in a worker thread (StatusLoader)
// and show "Counting…" until the figures come, or StoreGuard's sentence when they cannot; the
// reads views start themselves (the news filter and badge, Places, a link in content) meet a
// damaged store with one sentence, never an exception in a Qt slot.
#include "core/paths/datapaths.h"
#include "core/store/store.h"
#include "damagedwindow.h"
#include "desktop/common/statusloader.h"
#include "desktop/firstrun/demopack.h"
#include "desktop/kiosk/adminpanel.h"
#include "desktop/mainwindow/sectionbar.h"
#include "desktop/news/newsview.h"
#include "desktop/notify/newswatchcontroller.h"
#include "desktop/notify/notificationcenter.h"
#include "desktop/notify/notificationlist.h"
#include "desktop/notify/notificationsdialog.h"
#include "desktop/notify/notifier.h"
#include "desktop/pages/linkrouter.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/pages/noticebar.h"
#include "desktop/places/placelistpanel.h"
#include "desktop/places/placesview.h"
#include "desktop/settings/notificationspanel.h"
#include "desktop/settings/settingsdialog.h"
#include "desktop/settings/storagepanel.h"
#include "guifixture.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::desktop;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {
const QString kCouldNotRead = u"The saved content could not be read: "_s;

/// The demo town, undamaged, with settings beside it.
struct DemoStore
{
    DemoStore() { DemoPack::import(store, dir.path(), QUrl(u"http://127.0.0.1:9"_s), {u"de"_s}); }
    QTemporaryDir dir;
    QTemporaryDir configDir;
    store::Store store{paths::DataPaths(dir.path()).storeFile()};
    Settings settings{configDir.filePath(u"settings.ini"_s)};
};

/// Records notify() calls instead of showing bubbles.
class RecordingNotifier final : public Notifier
{
public:
    RecordingNotifier() = default;
    void notify(const QString &, const QString &title, const QString &body) override
    {
        titles << title;
        bodies << body;
    }
    QStringList titles;
    QStringList bodies;
};

bool counted(const StatusLoader *loader)
{
    return waitUntil([loader] { return !loader->isLoading(); });
}
} // namespace

TEST_CASE("Settings → Storage says Counting… and shows the figures when the worker has them",
          "[storestatus]")
{
    DemoStore d;
    SettingsDialog dialog(d.store, d.settings, d.dir.path());
    StoragePanel &panel = *dialog.storage();
    // Nothing was counted on the GUI thread: the figures come through the event loop.
    CHECK(panel.usageLine() == u"Counting…"_s);
    CHECK(panel.regionNames().isEmpty());
    CHECK(panel.statusLoader()->isLoading());

    REQUIRE(counted(panel.statusLoader()));
    CHECK(panel.usageLine().startsWith(u"Space used: "_s));
    CHECK_FALSE(panel.usageText().isEmpty());
    CHECK(panel.regionNames() == QStringList{u"Stadt Musterstadt (Demo)"_s});
}

TEST_CASE("Settings → Storage counts in a worker thread, not on the GUI thread", "[storestatus]")
{
    DemoStore d;
    StoragePanel panel(d.store, d.dir.path());
    REQUIRE(counted(panel.statusLoader()));
    std::atomic<QThread *> countedOn = nullptr;
    std::atomic<int> counts = 0;
    panel.statusLoader()->setRead([&countedOn, &counts](const QString &file) {
        countedOn = QThread::currentThread();
        ++counts;
        return StatusLoader::read(file);
    });
    panel.refresh();
    REQUIRE(counted(panel.statusLoader()));
    CHECK(counts == 1);
    CHECK(countedOn.load() != nullptr);
    CHECK(countedOn.load() != QThread::currentThread());
    CHECK(countedOn.load() != QCoreApplication::instance()->thread());
    CHECK(panel.regionNames() == QStringList{u"Stadt Musterstadt (Demo)"_s});
}

TEST_CASE("Settings → Storage on a store whose status cannot be read shows the sentence",
          "[storestatus]")
{
    DamagedWindow d(u"sync_state"_s); // status() reads every sync state
    CHECK_THROWS_AS(d.store.status(), store::StoreError);
    SettingsDialog dialog(d.store, d.settings, d.dir.path());
    // The dialog opens: the notifications' list of towns says it cannot be read.
    const QList<QLabel *> labels = dialog.notifications()->findChildren<QLabel *>();
    CHECK(std::any_of(labels.begin(), labels.end(),
                      [](const QLabel *label) { return label->text().startsWith(kCouldNotRead); }));
    StoragePanel &panel = *dialog.storage();
    REQUIRE(counted(panel.statusLoader()));
    CHECK(panel.usageLine().startsWith(kCouldNotRead));
    CHECK(panel.usageLine().contains(u"damaged"_s, Qt::CaseInsensitive));
    CHECK(panel.regionNames().isEmpty());
    // The dialog goes on: counting again says the same, the other settings still work.
    CHECK_NOTHROW(panel.refresh());
    CHECK(panel.usageLine() == u"Counting…"_s);
    REQUIRE(counted(panel.statusLoader()));
    CHECK(panel.usageLine().startsWith(kCouldNotRead));
    dialog.highContrastBox()->setChecked(true);
    CHECK(d.settings.highContrast());
}

TEST_CASE("A count that arrives after the kiosk's administration closed is not shown",
          "[storestatus]")
{
    DemoStore d;
    QWidget window;
    window.resize(1024, 768);
    AdminPanel admin(d.store, &window);
    window.show();
    QSemaphore gate;
    QSignalSpy loaded(admin.statusLoader(), &StatusLoader::loaded);
    admin.statusLoader()->setRead([&gate](const QString &file) {
        gate.acquire(); // held until the panel is closed
        return StatusLoader::read(file);
    });
    admin.open({});
    CHECK(admin.statusText() == u"Counting…"_s);
    admin.hide();
    gate.release();
    QThreadPool::globalInstance()->waitForDone(); // the count has finished and reported
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    CHECK(loaded.isEmpty());
    CHECK(admin.statusText() == u"Counting…"_s);

    // Opened again, it counts again and shows the figures.
    admin.statusLoader()->setRead(&StatusLoader::read);
    admin.open({});
    REQUIRE(counted(admin.statusLoader()));
    CHECK(loaded.size() == 1);
    CHECK(admin.statusText().contains(u"Stadt Musterstadt (Demo)"_s));
}

TEST_CASE("The kiosk's administration on a damaged store shows the sentence", "[storestatus]")
{
    DamagedWindow d(u"sync_state"_s);
    CHECK_THROWS_AS(d.store.status(), store::StoreError);
    AdminPanel admin(d.store, d.window.get());
    d.window->show();
    admin.open({});
    REQUIRE(counted(admin.statusLoader()));
    CHECK(admin.statusText().startsWith(kCouldNotRead));
}

TEST_CASE("The news badge and filter on a damaged news table say so and the window goes on",
          "[storestatus]")
{
    DamagedWindow d(u"news"_s);
    const QString region = DemoPack::regionSlug();
    CHECK_THROWS_AS(d.store.news(region, u"de"_s), store::StoreError);

    // The badge cannot be counted: the dashboard is shown all the same, without a count.
    CHECK_NOTHROW(d.window->start(Location::dashboard(region, u"de"_s)));
    CHECK(d.window->currentLocation().kind == Location::Kind::Dashboard);
    CHECK(d.window->sectionBar()->title(u"news"_s) == u"News"_s);
    CHECK(d.window->newsView()->notice()->text().startsWith(kCouldNotRead));

    // The News section and its filter buttons (slots of their own) say it once each.
    CHECK_NOTHROW(d.window->showSection(u"news"_s));
    NewsView &news = *d.window->newsView();
    CHECK(news.notice()->text().startsWith(kCouldNotRead));
    news.notice()->clearNotice();
    const QList<QAbstractButton *> filters =
        news.findChild<QWidget *>(u"NewsFilter"_s)->findChildren<QAbstractButton *>();
    REQUIRE(filters.size() == 3);
    for (QAbstractButton *filter : filters) {
        CHECK_NOTHROW(filter->click());
        CHECK(news.notice()->text().startsWith(kCouldNotRead));
    }
    CHECK_NOTHROW(d.window->showSection(u"local"_s));
    CHECK(d.window->currentLocation().kind == Location::Kind::Dashboard);
}

TEST_CASE("Places on a damaged places table say so, and searching and filtering go on",
          "[storestatus]")
{
    DamagedWindow d(u"places"_s);
    const QString region = DemoPack::regionSlug();
    CHECK_THROWS_AS(d.store.places(region, u"de"_s), store::StoreError);
    d.window->placesView()->setOnlineTiles({}); // tests never fetch real tiles
    d.window->show();
    CHECK_NOTHROW(d.window->start(Location::dashboard(region, u"de"_s)));
    REQUIRE(d.window->sectionBar()->sectionIds().contains(u"places"_s));
    // The places cannot be read: Places opens and says so, with no half-read places.
    CHECK_NOTHROW(d.window->showSection(u"places"_s));
    PlacesView &places = *d.window->placesView();
    CHECK(places.isVisible());
    CHECK(places.notice()->text().startsWith(kCouldNotRead));
    CHECK(places.listedPaths().isEmpty());

    // Searching and filtering go on (the sentence stays), so does a category's route.
    CHECK_NOTHROW(places.listPanel()->searchField()->setText(u"Beratung"_s));
    geo::PlaceFilter filter = places.filter();
    filter.categoryId = 1;
    CHECK_NOTHROW(places.setFilter(filter));
    CHECK(places.notice()->text().startsWith(kCouldNotRead));
    CHECK_NOTHROW(d.window->open(Location::places(region, u"de"_s, 1)));
    CHECK(places.isVisible());
    CHECK_NOTHROW(d.window->showSection(u"local"_s));
    CHECK(d.window->currentLocation().kind == Location::Kind::Dashboard);
}

TEST_CASE("A link in content to a page that cannot be read is a notice", "[storestatus]")
{
    DamagedWindow d; // the pages table damaged: is the linked page saved?
    LinkRouter router(d.store, d.server, d.window.get());
    QSignalSpy notices(&router, &LinkRouter::notice);
    QSignalSpy navigations(&router, &LinkRouter::navigate);
    CHECK_NOTHROW(
        router.activate(QUrl(u"integreat://"_s + DemoPack::regionSlug() + u"/de/willkommen"_s),
                        Location::dashboard(DemoPack::regionSlug(), u"de"_s)));
    REQUIRE(notices.size() == 1);
    CHECK(notices.at(0).at(0).toString().startsWith(kCouldNotRead));
    CHECK(navigations.isEmpty());
}

TEST_CASE("News found for a town whose name cannot be read still notify, named by the slug",
          "[storestatus]")
{
    DamagedWindow d(u"regions"_s);
    const QString region = DemoPack::regionSlug();
    CHECK_THROWS_AS(d.store.region(region), store::StoreError);
    NotificationCenter &center = *d.window->notifications();
    auto *recorder = new RecordingNotifier;
    center.setNotifier(recorder);
    CHECK_NOTHROW(emit center.watcher()->newsFound(region, u"de"_s, {u"local-1"_s},
                                                   {u"Neue Sprechzeiten"_s}));
    REQUIRE(recorder->titles == QStringList{u"Neue Sprechzeiten"_s});
    CHECK(recorder->bodies.at(0).contains(region));
    REQUIRE(center.list()->entries().size() == 1);
    CHECK(center.list()->entries().at(0).town == region);
    // The in-app list names each entry's language from the store: it opens all the same.
    CHECK_NOTHROW(center.showList());
    REQUIRE(center.dialog());
    CHECK(center.dialog()->isVisible());
    center.dialog()->close();
}
