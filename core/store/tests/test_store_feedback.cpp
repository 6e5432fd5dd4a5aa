// Schema 9: the queue of feedback given offline (core/feedback). A store of schema 8 migrates,
// keeps its content and gets an empty queue; the queue keeps its entries in order.

#include "core/store/database.h"
#include "core/store/schema.h"
#include "storeaccess.h"
#include "test_store_fixtures.h"

using namespace integreat;
using namespace integreat::store;
using namespace integreat::testing::store;
using namespace Qt::StringLiterals;

namespace {

/// A database file as a build of schema 8 left it: every step up to 8, nothing later.
void createSchema8(const QString &path)
{
    Database db(path);
    for (const Schema::Migration &migration : Schema::migrations()) {
        if (migration.version > 8)
            break;
        migration.apply(db);
    }
    db.exec(u"PRAGMA application_id = %1; PRAGMA user_version = 8"_s.arg(Schema::applicationId));
    db.exec(u"INSERT INTO events (region, language, path, title, start_at, start_ms, "
            u"last_updated, fingerprint) VALUES ('augsburg', 'de', '/augsburg/de/events/fest/', "
            u"'Stadtfest', '2030-07-01T18:00:00.000+02:00', 1909152000000, "
            u"'2024-05-02T08:00:00.000+02:00', 'old')"_s);
}

model::Feedback feedback(model::Feedback::Kind kind, const QString &slug, const QString &comment)
{
    model::Feedback given;
    given.key = {u"augsburg"_s, u"de"_s};
    given.kind = kind;
    given.slug = slug;
    given.rating = model::Feedback::Rating::Down;
    given.comment = comment;
    return given;
}

} // namespace

TEST_CASE("A store of schema 8 migrates to the feedback queue and keeps its content")
{
    TempDb tmp;
    createSchema8(tmp.path());
    {
        Database db(tmp.path());
        CHECK(db.queryInt(u"SELECT count(*) FROM sqlite_schema WHERE name = 'feedback_queue'"_s) ==
              0);
    }
    Store store(tmp.path());
    CHECK(Schema::version(integreat::testing::StoreAccess::database(store)) == 9);
    CHECK(Schema::currentVersion() >= 9);
    const QList<model::Event> events = store.events(u"augsburg"_s, u"de"_s);
    REQUIRE(events.size() == 1);
    CHECK(events.constFirst().title == u"Stadtfest"_s);
    CHECK(store.feedbackQueue().count() == 0);
    CHECK(store.feedbackQueue().pending().isEmpty());
}

TEST_CASE("The feedback queue keeps every field, in the order given, until an entry is removed")
{
    TempDb tmp;
    Store store(tmp.path());
    FeedbackTable queue = store.feedbackQueue();
    const QDateTime when = QDateTime::fromString(u"2026-12-07T10:00:00Z"_s, Qt::ISODate);
    model::Feedback search = feedback(model::Feedback::Kind::Search, {}, {});
    search.query = u"Kindergeld"_s;
    search.rating = model::Feedback::Rating::None;
    search.comment = u"Nichts gefunden – شكرا"_s;
    const qint64 first = queue.add(feedback(model::Feedback::Kind::Place, u"rathaus"_s, {}), when);
    const qint64 second = queue.add(search, when.addSecs(60));
    CHECK(second > first);

    QList<FeedbackTable::Entry> pending = queue.pending();
    REQUIRE(pending.size() == 2);
    CHECK(pending[0].id == first);
    CHECK(pending[0].feedback.kind == model::Feedback::Kind::Place);
    CHECK(pending[0].feedback.slug == u"rathaus"_s);
    CHECK(pending[0].feedback.rating == model::Feedback::Rating::Down);
    CHECK(pending[0].createdAt == when);
    CHECK(pending[1].feedback.kind == model::Feedback::Kind::Search);
    CHECK(pending[1].feedback.query == u"Kindergeld"_s);
    CHECK(pending[1].feedback.rating == model::Feedback::Rating::None);
    CHECK(pending[1].feedback.comment == u"Nichts gefunden – شكرا"_s);
    CHECK(pending[1].feedback.key == model::ContentKey{u"augsburg"_s, u"de"_s});

    queue.recordError(first, u"You are offline"_s);
    CHECK(queue.pending().value(0).lastError == u"You are offline"_s);
    queue.remove(first);
    pending = queue.pending();
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].id == second);
    CHECK(queue.count() == 1);

    // A kind this version does not know (written by a newer one) is left out, not misread.
    integreat::testing::StoreAccess::database(store).exec(
        u"UPDATE feedback_queue SET kind = 'hologram'"_s);
    CHECK(queue.pending().isEmpty());
}
