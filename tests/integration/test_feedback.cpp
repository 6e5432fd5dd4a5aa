// Feedback on a page, event, place or search (api.md §3.11) against the test server's feedback
// API: the request per kind, sent, refused, server errors, offline -> queued in the store ->
// sent on the next sync, and on a shared computer nothing of it on disk.
#include "bytesearch.h"
#include "catchqt.h"
#include "core/feedback/feedbackoutbox.h"
#include "core/feedback/feedbackrequest.h"
#include "core/store/store.h"
#include "feedbackservice.h"
#include "testserver.h"
#include "transportfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

using namespace integreat;
using namespace integreat::feedback;
using namespace integreat::testing;
using namespace Qt::StringLiterals;
using Kind = model::Feedback::Kind;
using Rating = model::Feedback::Rating;
using State = FeedbackOutbox::State;

namespace {

model::Feedback pageFeedback(Rating rating, const QString &comment)
{
    model::Feedback feedback;
    feedback.key = {u"augsburg"_s, u"de"_s};
    feedback.kind = Kind::Page;
    feedback.slug = model::Feedback::slugOfPath(u"/augsburg/de/willkommen/anmeldung/"_s);
    feedback.rating = rating;
    feedback.comment = comment;
    return feedback;
}

QJsonObject bodyOf(const FeedbackRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

struct OutboxFixture
{
    OutboxFixture()
    {
        REQUIRE(started);
        service.install(server);
        QObject::connect(&outbox, &FeedbackOutbox::stateChanged,
                         [this](int ticket, State state, const QString &text) {
                             states[ticket] = state;
                             texts[ticket] = text;
                         });
    }
    /// Submits and waits until the feedback is sent, queued or failed.
    int submit(const model::Feedback &feedback)
    {
        const int ticket = outbox.submit(feedback);
        REQUIRE(waitFor([&] { return states.value(ticket, State::Sending) != State::Sending; }));
        return ticket;
    }
    int queuedOnDisk() { return store.feedbackQueue().count(); }

    FeedbackService service; // outlives the server, which calls it
    TestServer server;
    bool started = server.start();
    QTemporaryDir dir;
    store::Store store{dir.filePath(u"integreat.sqlite"_s)};
    QNetworkAccessManager manager;
    FeedbackOutbox outbox{store, manager, server.baseUrl()};
    QHash<int, State> states;
    QHash<int, QString> texts;
};

} // namespace

TEST_CASE("The feedback request names the kind in its path and carries its fields")
{
    const QUrl server(u"https://cms.integreat-app.de"_s);
    const FeedbackRequest page =
        FeedbackRequest::build(server, pageFeedback(Rating::Up, u"  Sehr hilfreich "_s));
    CHECK(page.url.toString() ==
          u"https://cms.integreat-app.de/api/v3/augsburg/de/feedback/page/"_s);
    CHECK(bodyOf(page) == QJsonObject{{u"rating"_s, u"up"_s},
                                      {u"comment"_s, u"Sehr hilfreich"_s},
                                      {u"category"_s, u"Inhalte"_s},
                                      {u"slug"_s, u"anmeldung"_s}});

    model::Feedback event = pageFeedback(Rating::Down, {});
    event.kind = Kind::Event;
    event.slug = model::Feedback::slugOfPath(u"/augsburg/de/events/stadtfest/"_s);
    const FeedbackRequest eventRequest = FeedbackRequest::build(server, event);
    CHECK(eventRequest.url.path() == u"/api/v3/augsburg/de/feedback/event/"_s);
    CHECK(bodyOf(eventRequest).value("rating"_L1) == u"down"_s);
    CHECK(bodyOf(eventRequest).value("slug"_L1) == u"stadtfest"_s);

    model::Feedback place = pageFeedback(Rating::None, u"Die Adresse stimmt nicht"_s);
    place.kind = Kind::Place;
    place.slug = u"rathaus"_s;
    const FeedbackRequest placeRequest = FeedbackRequest::build(server, place);
    CHECK(placeRequest.url.path() == u"/api/v3/augsburg/de/feedback/poi/"_s);
    CHECK_FALSE(bodyOf(placeRequest).contains("rating"_L1)); // no thumb: no rating field
    CHECK(bodyOf(placeRequest).value("comment"_L1) == u"Die Adresse stimmt nicht"_s);

    model::Feedback search = pageFeedback(Rating::Down, {});
    search.kind = Kind::Search;
    search.slug.clear();
    search.query = u"Kindergeld"_s;
    const FeedbackRequest searchRequest = FeedbackRequest::build(server, search);
    CHECK(searchRequest.url.path() == u"/api/v3/augsburg/de/feedback/search/"_s);
    CHECK(bodyOf(searchRequest).value("query"_L1) == u"Kindergeld"_s);
    CHECK_FALSE(bodyOf(searchRequest).contains("slug"_L1));

    model::Feedback imprint = pageFeedback(Rating::Up, {});
    imprint.kind = Kind::Imprint;
    CHECK(FeedbackRequest::build(server, imprint).url.path() ==
          u"/api/v3/augsburg/de/feedback/imprint-page/"_s);

    // Incomplete: neither a thumb nor a comment, a page without slug, a search without query.
    CHECK_FALSE(FeedbackRequest::build(server, pageFeedback(Rating::None, u"  "_s)).url.isValid());
    model::Feedback noSlug = pageFeedback(Rating::Up, {});
    noSlug.slug.clear();
    CHECK_FALSE(FeedbackRequest::build(server, noSlug).url.isValid());
    search.query = u" "_s;
    CHECK_FALSE(FeedbackRequest::build(server, search).url.isValid());
}

TEST_CASE("Feedback is sent to the town's CMS and the server records it")
{
    OutboxFixture f;
    const int ticket = f.submit(pageFeedback(Rating::Down, u"Der Link zum Formular fehlt"_s));
    CHECK(f.states.value(ticket) == State::Sent);
    CHECK(f.texts.value(ticket).startsWith(u"Thank you"_s));
    const auto received = f.service.received();
    REQUIRE(received.size() == 1);
    CHECK(received[0].region == u"augsburg"_s);
    CHECK(received[0].language == u"de"_s);
    CHECK(received[0].kind == u"page"_s);
    CHECK(received[0].fields.value("rating"_L1) == u"down"_s);
    CHECK(received[0].fields.value("comment"_L1) == u"Der Link zum Formular fehlt"_s);
    CHECK(received[0].fields.value("slug"_L1) == u"anmeldung"_s);
    CHECK(f.queuedOnDisk() == 0);
}

TEST_CASE("A refused feedback says why and is not queued – server errors wait for the next sync")
{
    OutboxFixture f;
    f.service.setUnknownSlugs({u"anmeldung"_s});
    const int refused = f.submit(pageFeedback(Rating::Up, {}));
    CHECK(f.states.value(refused) == State::Failed);
    CHECK(f.texts.value(refused).contains(u"404"_s));
    CHECK(f.texts.value(refused).contains(u"No matching page found for slug."_s));
    CHECK(f.queuedOnDisk() == 0);
    f.service.setUnknownSlugs({});

    const QString path = u"/api/v3/augsburg/de/feedback/page/"_s;
    f.server.addFault(path, FaultSpec{Fault::Status, 1, 503});
    const int unavailable = f.submit(pageFeedback(Rating::Up, {}));
    CHECK(f.states.value(unavailable) == State::Queued);
    CHECK(f.texts.value(unavailable).contains(u"error 503"_s));
    CHECK(f.texts.value(unavailable).contains(u"will be sent when this computer is online"_s));
    CHECK(f.queuedOnDisk() == 1);

    FaultSpec tooMany{Fault::Status, 1, 429};
    tooMany.headers = {{"Retry-After", "60"}};
    f.server.addFault(path, tooMany);
    const int limited = f.submit(pageFeedback(Rating::Down, {}));
    CHECK(f.states.value(limited) == State::Queued);
    CHECK(f.texts.value(limited).startsWith(u"Too much feedback"_s));
    CHECK(f.queuedOnDisk() == 2);
    CHECK(f.service.received().isEmpty());

    // The next sync sends both, oldest first, and empties the queue.
    f.outbox.flush();
    REQUIRE(waitFor([&] { return f.service.received().size() == 2; }));
    REQUIRE(waitFor([&] { return f.queuedOnDisk() == 0; }));
    CHECK(f.service.received()[0].fields.value("rating"_L1) == u"up"_s);
    CHECK(f.service.received()[1].fields.value("rating"_L1) == u"down"_s);
}

TEST_CASE("Feedback given offline waits in the store and goes out on the next start's sync")
{
    FeedbackService service;
    TestServer server;
    REQUIRE(server.start());
    service.install(server);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"integreat.sqlite"_s);
    QNetworkAccessManager manager;
    {
        store::Store store(file);
        FeedbackOutbox outbox(store, manager, server.baseUrl());
        outbox.setOffline(true); // integreat-desktop --offline, or no network at all
        QList<State> states;
        QObject::connect(&outbox, &FeedbackOutbox::stateChanged,
                         [&](int, State state, const QString &) { states << state; });
        outbox.submit(pageFeedback(Rating::Up, u"Danke für die Übersetzung"_s));
        REQUIRE(waitFor([&] { return !states.isEmpty(); }));
        CHECK(states == QList<State>{State::Queued});
        CHECK(outbox.queuedCount() == 1);
        outbox.flush(); // offline: nothing is tried
        CHECK(server.requestCount(u"api/v3/"_s) == 0);
    }
    // A closed port: the transport's "offline" keeps it queued too.
    {
        store::Store store(file);
        FeedbackOutbox outbox(store, manager, QUrl(u"http://127.0.0.1:9"_s));
        outbox.flush();
        REQUIRE(waitFor([&] {
            return store.feedbackQueue().pending().value(0).lastError.contains(u"offline"_s);
        }));
        CHECK(store.feedbackQueue().count() == 1);
    }
    store::Store store(file);
    CHECK(store.feedbackQueue().count() == 1);
    FeedbackOutbox outbox(store, manager, server.baseUrl());
    outbox.flush(); // what the app does when a sync finishes
    REQUIRE(waitFor([&] { return service.received().size() == 1; }));
    REQUIRE(waitFor([&] { return store.feedbackQueue().count() == 0; }));
    CHECK(service.received()[0].fields.value("comment"_L1) == u"Danke für die Übersetzung"_s);
}

TEST_CASE("On a shared computer feedback given offline stays in memory and never reaches disk")
{
    OutboxFixture f;
    f.outbox.setKeepOnDisk(false);
    const quint16 port = f.server.port();
    f.server.stop();
    const int ticket = f.submit(pageFeedback(Rating::Down, u"Zauberwortgeheimnis"_s));
    CHECK(f.states.value(ticket) == State::Queued);
    CHECK(f.texts.value(ticket).contains(u"not saved"_s));
    CHECK(f.queuedOnDisk() == 0);
    CHECK(f.outbox.queuedCount() == 1);
    CHECK(filesContaining(f.dir.path(), "Zauberwortgeheimnis").isEmpty());

    // Online again in the same session: it goes out.
    REQUIRE(f.server.start(port));
    f.outbox.flush();
    REQUIRE(waitFor([&] { return f.service.received().size() == 1; }));
    REQUIRE(waitFor([&] { return f.outbox.queuedCount() == 0; }));

    // The end of a session drops what waits in memory.
    f.server.stop();
    f.submit(pageFeedback(Rating::Up, {}));
    CHECK(f.outbox.queuedCount() == 1);
    f.outbox.forgetMemory();
    CHECK(f.outbox.queuedCount() == 0);
}
