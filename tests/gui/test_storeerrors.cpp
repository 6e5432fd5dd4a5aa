// A store with no back doors (issue 10), as the window meets it: a StoreError while the window
// reads the store (the dashboard on a damaged store, --open to a damaged page) is one notice,
// not an exception in a Qt slot (that ended in SIGABRT); a town is deleted only after its sync
// stopped, so nothing of it is written again.

#include "core/paths/datapaths.h"
#include "corpus.h"
#include "damagedwindow.h"
#include "desktop/common/settings.h"
#include "desktop/common/statusloader.h"
#include "desktop/firstrun/demopack.h"
#include "desktop/mainwindow/mainwindow.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/pages/noticebar.h"
#include "desktop/settings/storagepanel.h"
#include "desktop/sync/synccontroller.h"
#include "guifixture.h"
#include "storeaccess.h"
#include "testserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::desktop;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {
/// The window on the demo town with its pages table damaged.
struct DamagedPages : DamagedWindow
{
    QString notice() const { return window->localInformation()->noticeBar()->text(); }
};
} // namespace

TEST_CASE("The dashboard on a damaged store says so in one notice and the window goes on",
          "[storeerrors]")
{
    DamagedPages d;
    // The read itself fails: this is what escaped into the slot before.
    CHECK_THROWS_AS(d.store.childPages(DemoPack::regionSlug(), u"de"_s, {}), store::StoreError);

    CHECK_NOTHROW(d.window->start(Location::dashboard(DemoPack::regionSlug(), u"de"_s)));
    CHECK(d.notice().startsWith(u"The saved content could not be read: "_s));
    CHECK(d.notice().contains(u"damaged"_s, Qt::CaseInsensitive));
    // Going on works: another section, the history, Sync now.
    CHECK_NOTHROW(d.window->showSection(u"news"_s));
    CHECK_NOTHROW(d.window->navigator().back());
    CHECK_NOTHROW(d.window->syncNow());
}

TEST_CASE("A link to a damaged page (--open) says so in one notice instead of ending the app",
          "[storeerrors]")
{
    DamagedPages d;
    CHECK_NOTHROW(d.window->openLink(DemoPack::regionSlug() + u"/de/willkommen"_s));
    CHECK(d.notice().startsWith(u"The saved content could not be read: "_s));
    CHECK_NOTHROW(d.window->openLink(u"integreat://"_s + DemoPack::regionSlug() + u"/de/news"_s));
}

TEST_CASE("Deleting a town while it syncs stops its sync first and nothing of it comes back",
          "[storeerrors]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    // The sync hangs on its page list (like a slow server) while the town is deleted.
    FaultSpec stall;
    stall.fault = Fault::Stall;
    f.server.addFault(u"/api/v3/augsburg/de/pages/"_s, stall);
    QSignalSpy finished(f.sync.get(), &SyncController::finished);
    f.sync->sync(u"augsburg"_s, {u"de"_s});
    REQUIRE(waitUntil([&] { return f.server.requestCount(u"/api/v3/augsburg/de/pages/"_s) > 0; },
                      30000));
    REQUIRE(f.sync->isBusy());

    StoragePanel panel(*f.store, f.dataDir());
    panel.setConfirm([](const QString &) { return true; });
    panel.setBeforeDelete([&](const QString &slug) { f.sync->stopRegion(slug); });
    REQUIRE(panel.deleteRegion(u"augsburg"_s));

    // The sync had ended (cancelled) before the delete; the town stays gone.
    REQUIRE(finished.size() == 1);
    CHECK(finished.at(0).at(0).value<sync::SyncReport>().cancelled);
    CHECK_FALSE(f.sync->isBusy());
    CHECK(f.store->storedRegions().isEmpty());
    CHECK(f.store->status().isEmpty());
    REQUIRE(waitUntil([&] { return !panel.statusLoader()->isLoading(); })); // counted again
    CHECK(panel.regionNames().isEmpty());
}

TEST_CASE("Stopping a town's sync does nothing when none runs", "[storeerrors]")
{
    QTemporaryDir dir;
    SyncController sync(dir.path(), QUrl(u"http://127.0.0.1:9"_s), true);
    QSignalSpy finished(&sync, &SyncController::finished);
    sync.stopRegion(u"augsburg"_s); // returns at once, no event loop of its own
    CHECK(finished.isEmpty());
    CHECK_FALSE(sync.isBusy());
}
