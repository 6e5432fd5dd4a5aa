// A list of 20,000 items (the per-list limit, 20 times the largest real town) syncs in the app,
// and the Places list stays usable (issue 11). One above the limit keeps the old content.
#include "core/sync/listcheck.h"
#include "desktop/mainwindow/headerbar.h"
#include "desktop/mainwindow/syncstatewidget.h"
#include "desktop/places/placelistpanel.h"
#include "desktop/places/placesview.h"
#include "guifixture.h"
#include "syncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::GuiFixture;
using integreat::testing::SyncFixture;
using integreat::testing::waitUntil;

namespace {

QByteArray places(qsizetype count)
{
    const QJsonObject place =
        SyncFixture::corpusArray(u"augsburg_de_locations.json"_s).at(0).toObject();
    QJsonArray out;
    for (qsizetype i = 0; i < count; ++i) {
        QJsonObject copy = place;
        copy[u"id"_s] = int(100000 + i);
        copy[u"path"_s] = u"/augsburg/de/locations/ort-%1/"_s.arg(i);
        copy[u"title"_s] = u"Ort %1"_s.arg(i, 5, 10, QChar(u'0'));
        out.append(copy);
    }
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

sync::SyncReport syncNow(GuiFixture &f)
{
    QSignalSpy finished(f.sync.get(), &SyncController::finished);
    f.window().header()->syncState()->syncButton()->click();
    REQUIRE(waitUntil([&] { return finished.count() == 1; }, 240000));
    return finished.at(0).at(0).value<sync::SyncReport>();
}

} // namespace

TEST_CASE("20,000 places sync and the Places list stays usable – 20,001 are refused")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    const qsizetype before = f.store->places(u"augsburg"_s, u"de"_s).size();
    REQUIRE(before > 0);

    SECTION("the limit itself is an ordinary sync")
    {
        f.server.setRoute(u"/api/v3/augsburg/de/locations/"_s,
                          {200, places(sync::listcheck::MaxItems), {}, {}});
        const sync::SyncReport report = syncNow(f);
        INFO((report.languages.isEmpty() ? report.error : report.languages.at(0).error)
                 .toStdString());
        REQUIRE(report.ok());
        CHECK(f.store->places(u"augsburg"_s, u"de"_s).size() == sync::listcheck::MaxItems);

        f.window().showSection(u"places"_s);
        PlacesView *view = f.window().placesView();
        REQUIRE(waitUntil([&] { return view->isVisible(); }));
        QListView *list = view->listPanel()->list();
        REQUIRE(waitUntil([&] { return list->model()->rowCount() == sync::listcheck::MaxItems; },
                          60000));
        // Scrolling to the end and opening the last place works.
        list->scrollToBottom();
        QCoreApplication::processEvents();
        CHECK(list->verticalScrollBar()->value() == list->verticalScrollBar()->maximum());
        REQUIRE(view->openPlace(u"/augsburg/de/locations/ort-19999/"_s));
        CHECK(view->isDetailShown());
    }
    SECTION("one more is refused with a message, and the old places stay")
    {
        f.server.setRoute(u"/api/v3/augsburg/de/locations/"_s,
                          {200, places(sync::listcheck::MaxItems + 1), {}, {}});
        const sync::SyncReport report = syncNow(f);
        REQUIRE_FALSE(report.ok());
        REQUIRE(report.languages.size() == 1);
        CHECK(report.languages.at(0).error.contains(
            u"more than the %1"_s.arg(sync::listcheck::MaxItems)));
        CHECK(f.store->places(u"augsburg"_s, u"de"_s).size() == before);
        CHECK(f.window().header()->syncState()->stateText().contains(u"Update failed"_s));
    }
}
