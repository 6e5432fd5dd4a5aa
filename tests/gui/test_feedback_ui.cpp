// "Was this page helpful?" under pages, events and places, end to end against the test
// server's feedback API: sent with the thumb and comment chosen, queued offline and sent after
// the next sync, nothing on disk on a shared computer, hidden where there is nothing to rate
// and in kiosk mode; the row in the UI's direction under a page in another.
#include "bytesearch.h"
#include "core/feedback/feedbackoutbox.h"
#include "core/paths/datapaths.h"
#include "core/store/store.h"
#include "demowindow.h"
#include "desktop/common/settings.h"
#include "desktop/events/eventsview.h"
#include "desktop/firstrun/demopack.h"
#include "desktop/mainwindow/mainwindow.h"
#include "desktop/pages/feedbackbox.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/places/placesview.h"
#include "desktop/presentation/location.h"
#include "desktop/sync/synccontroller.h"
#include "feedbackservice.h"
#include "guifixture.h"
#include "testserver.h"

#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::desktop;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

/// The demo window (German) with the test server's feedback API as its server; `shared`:
/// Settings → Shared computer.
struct FeedbackWindow
{
    explicit FeedbackWindow(bool shared = false)
        : demo({u"de"_s, server.baseUrl(), shared})
    {
        REQUIRE(started);
    }
    /// A page of the demo town below the dashboard.
    model::Page somePage() const
    {
        for (const model::Page &page : demo.store.pages(region, u"de"_s)) {
            if (!page.parentPath.isEmpty())
                return page;
        }
        FAIL("the demo town has no sub-page");
        return {};
    }
    FeedbackBox *pageBox() const { return demo.window.localInformation()->feedbackBox(); }
    /// Thumb down, a comment, Send; waits until the box says what became of it.
    void give(FeedbackBox *box, const QString &comment)
    {
        REQUIRE(box->isVisible());
        QTest::mouseClick(box->downButton(), Qt::LeftButton);
        REQUIRE(box->commentField()->isVisible());
        CHECK(box->focusWidget() == box->commentField()); // the keyboard goes on to the comment
        QTest::keyClicks(box->commentField(), comment);
        QTest::mouseClick(box->sendButton(), Qt::LeftButton);
        REQUIRE(waitUntil([box] {
            return !box->statusText().isEmpty() && !box->statusText().startsWith(u"Sending"_s) &&
                   !box->statusText().startsWith(u"Thank you. You may"_s);
        }));
    }

    const QString region = DemoPack::regionSlug();
    FeedbackService service; // outlives the server, which calls it
    TestServer server;
    bool started = server.start() && (service.install(server), true);
    DemoWindow demo;
};

} // namespace

TEST_CASE("A visitor rates a page with a thumb and a comment and the town's CMS receives it")
{
    FeedbackWindow f;
    CHECK_FALSE(f.pageBox()->isVisible()); // the dashboard: nothing to rate
    const model::Page page = f.somePage();
    f.demo.window.open(Location::page(f.region, u"de"_s, page.path));
    FeedbackBox *box = f.pageBox();
    REQUIRE(box->isVisible());
    CHECK_FALSE(box->commentField()->isVisible()); // a thumb first
    CHECK_FALSE(box->upButton()->accessibleName().isEmpty());
    CHECK(box->upButton()->accessibleName() != box->downButton()->accessibleName());
    CHECK(box->upButton()->focusPolicy() & Qt::TabFocus);

    f.give(box, u"Die Öffnungszeiten fehlen"_s);
    CHECK(box->statusText().startsWith(u"Thank you! Your feedback was sent"_s));
    const auto received = f.service.received();
    REQUIRE(received.size() == 1);
    CHECK(received[0].region == f.region);
    CHECK(received[0].language == u"de"_s);
    CHECK(received[0].kind == u"page"_s);
    CHECK(received[0].fields.value("slug"_L1).toString() == model::Feedback::slugOfPath(page.path));
    CHECK(received[0].fields.value("rating"_L1).toString() == u"down"_s);
    CHECK(received[0].fields.value("comment"_L1).toString() == u"Die Öffnungszeiten fehlen"_s);
    CHECK_FALSE(box->upButton()->isEnabled()); // given once per visit

    // Another page starts afresh.
    f.demo.window.open(Location::dashboard(f.region, u"de"_s));
    CHECK_FALSE(box->isVisible());
    f.demo.window.open(Location::page(f.region, u"de"_s, page.parentPath));
    REQUIRE(box->isVisible());
    CHECK(box->upButton()->isEnabled());
    CHECK(box->statusText().isEmpty());
}

TEST_CASE("Events and places have the same feedback box, naming their own kind and slug")
{
    FeedbackWindow f;
    const QList<model::Event> events = f.demo.store.events(f.region, u"de"_s);
    REQUIRE_FALSE(events.isEmpty());
    f.demo.window.open(Location::event(f.region, u"de"_s, events.constFirst().path));
    FeedbackBox *eventBox = f.demo.window.eventsView()->feedbackBox();
    REQUIRE(waitUntil([eventBox] { return eventBox->isVisible(); }));
    QTest::mouseClick(eventBox->upButton(), Qt::LeftButton);
    QTest::mouseClick(eventBox->sendButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return f.service.received().size() == 1; }));
    CHECK(f.service.received()[0].kind == u"event"_s);
    CHECK(f.service.received()[0].fields.value("slug"_L1).toString() ==
          model::Feedback::slugOfPath(events.constFirst().path));
    CHECK(f.service.received()[0].fields.value("rating"_L1).toString() == u"up"_s);

    const QList<model::Place> places = f.demo.store.places(f.region, u"de"_s);
    REQUIRE_FALSE(places.isEmpty());
    f.demo.window.open(Location::place(f.region, u"de"_s, places.constFirst().path));
    FeedbackBox *placeBox = f.demo.window.placesView()->feedbackBox();
    REQUIRE(waitUntil([placeBox] { return placeBox->isVisible(); }));
    f.give(placeBox, u"Eingang ist um die Ecke"_s);
    REQUIRE(f.service.received().size() == 2);
    CHECK(f.service.received()[1].kind == u"poi"_s);
    CHECK(f.service.received()[1].fields.value("slug"_L1).toString() ==
          model::Feedback::slugOfPath(places.constFirst().path));

    // Kiosk mode has none.
    f.demo.window.setFeedbackEnabled(false);
    CHECK_FALSE(placeBox->isVisible());
}

TEST_CASE("Feedback given offline says it waits, and goes out after the next sync")
{
    FeedbackWindow f;
    const quint16 port = f.server.port();
    f.server.stop();
    f.demo.window.open(Location::page(f.region, u"de"_s, f.somePage().path));
    f.give(f.pageBox(), u"Bitte auch auf Englisch"_s);
    CHECK(f.pageBox()->statusText().contains(u"will be sent when this computer is online"_s));
    CHECK(f.demo.store.feedbackQueue().count() == 1);

    REQUIRE(f.server.start(port));
    emit f.demo.sync.finished(sync::SyncReport{}); // what a finished sync announces
    REQUIRE(waitUntil([&] { return f.service.received().size() == 1; }));
    REQUIRE(waitUntil([&] { return f.demo.store.feedbackQueue().count() == 0; }));
    CHECK(f.service.received()[0].fields.value("comment"_L1).toString() ==
          u"Bitte auch auf Englisch"_s);
}

TEST_CASE("On a shared computer feedback given offline is not written to disk, and says so")
{
    FeedbackWindow f(true);
    f.server.stop();
    f.demo.window.open(Location::page(f.region, u"de"_s, f.somePage().path));
    f.give(f.pageBox(), u"Geheimwortfeedback"_s);
    CHECK(f.pageBox()->statusText().contains(u"not saved"_s));
    CHECK(f.demo.store.feedbackQueue().count() == 0);
    CHECK(f.demo.window.feedbackOutbox()->queuedCount() == 1);
    CHECK(filesContaining(f.demo.dir.path(), "Geheimwortfeedback").isEmpty());
    CHECK(filesContaining(f.demo.configDir.path(), "Geheimwortfeedback").isEmpty());
}

TEST_CASE("Under a German page in an Arabic UI the feedback row runs right to left")
{
    // The UI's direction as Application::run sets it for an Arabic UI; back to normal after.
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    const auto restore = qScopeGuard([] { QGuiApplication::setLayoutDirection(Qt::LeftToRight); });
    FeedbackWindow f;
    f.demo.window.open(Location::page(f.region, u"de"_s, f.somePage().path));
    FeedbackBox *box = f.pageBox();
    REQUIRE(box->isVisible());
    // The page runs in its own direction (German: left to right) ...
    CHECK(f.demo.window.localInformation()->layoutDirection() == Qt::LeftToRight);
    // ... the feedback row, UI chrome, in the UI's: the question on the right, then Yes, then
    // No towards the left.
    CHECK(box->layoutDirection() == Qt::RightToLeft);
    QLabel *question = box->findChild<QLabel *>(u"FeedbackQuestion"_s);
    REQUIRE(question);
    CHECK(question->isVisible());
    CHECK(question->x() > box->upButton()->x());
    CHECK(box->upButton()->x() > box->downButton()->x());

    // The same under an event; and a UI switched back to left to right takes the box along.
    const QList<model::Event> events = f.demo.store.events(f.region, u"de"_s);
    REQUIRE_FALSE(events.isEmpty());
    f.demo.window.open(Location::event(f.region, u"de"_s, events.constFirst().path));
    FeedbackBox *eventBox = f.demo.window.eventsView()->feedbackBox();
    REQUIRE(waitUntil([eventBox] { return eventBox->isVisible(); }));
    CHECK(eventBox->layoutDirection() == Qt::RightToLeft);
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    CHECK(eventBox->layoutDirection() == Qt::LeftToRight);
    CHECK(box->layoutDirection() == Qt::LeftToRight);
}
