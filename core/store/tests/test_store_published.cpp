// Schema 8: `published_at` of events and news (CMS 2026.9) stored and read back; a store of
// schema 7 migrates and keeps its rows (without a publication date until the next sync).

#include "core/store/database.h"
#include "core/store/schema.h"
#include "storeaccess.h"
#include "test_store_fixtures.h"

using namespace integreat;
using namespace integreat::store;
using namespace integreat::testing::store;
using namespace Qt::StringLiterals;

namespace {

/// A database file as a build of schema 7 left it: every step up to 7, nothing later.
void createSchema7(const QString &path)
{
    Database db(path);
    for (const Schema::Migration &migration : Schema::migrations()) {
        if (migration.version > 7)
            break;
        migration.apply(db);
    }
    db.exec(u"PRAGMA application_id = %1; PRAGMA user_version = 7"_s.arg(Schema::applicationId));
    db.exec(u"INSERT INTO events (region, language, path, title, start_at, start_ms, "
            u"last_updated, fingerprint) VALUES ('augsburg', 'de', '/augsburg/de/events/fest/', "
            u"'Stadtfest', '2030-07-01T18:00:00.000+02:00', 1909152000000, "
            u"'2024-05-02T08:00:00.000+02:00', 'old')"_s);
    db.exec(u"INSERT INTO news (region, language, id, source, title, last_updated, display_date, "
            u"display_ms, fingerprint, first_seen) VALUES ('augsburg', 'de', 'local-9', 'local', "
            u"'Alte Nachricht', '2024-05-03T08:00:00.000+02:00', "
            u"'2024-05-03T08:00:00.000+02:00', 1714716000000, 'old', "
            u"'2024-05-03T09:00:00.000+02:00')"_s);
}

} // namespace

TEST_CASE("Events and news keep their publication date, and have none where the CMS sent none")
{
    TempDb tmp;
    Store store(tmp.path());
    const LanguageContent c = content(3);
    REQUIRE(c.events->at(1).publishedAt.isValid()); // event 2 has one, the others have none
    REQUIRE(c.news->at(0).publishedAt.isValid());   // news 1 has one, the others have none
    store.applyLanguage(c);

    const QList<model::Event> events = store.events(u"augsburg"_s, u"de"_s);
    REQUIRE(events.size() == c.events->size());
    for (const model::Event &expected : *c.events) {
        for (const model::Event &read : events) {
            if (read.path == expected.path)
                checkSame(read, expected);
        }
    }
    int withDate = 0;
    for (const model::Event &read : events)
        withDate += read.publishedAt.isValid() ? 1 : 0;
    CHECK(withDate == 1);

    const QList<model::NewsItem> news = store.news(u"augsburg"_s, u"de"_s);
    REQUIRE(news.size() == c.news->size());
    for (const model::NewsItem &expected : *c.news) {
        for (const model::NewsItem &read : news) {
            if (read.id == expected.id)
                checkSame(read, expected);
        }
    }
}

TEST_CASE("A store of schema 7 migrates to publication dates and keeps its events and news")
{
    TempDb tmp;
    createSchema7(tmp.path());
    Store store(tmp.path());
    CHECK(Schema::version(integreat::testing::StoreAccess::database(store)) ==
          Schema::currentVersion());
    CHECK(Schema::currentVersion() >= 8);

    const QList<model::Event> events = store.events(u"augsburg"_s, u"de"_s);
    REQUIRE(events.size() == 1);
    CHECK(events.constFirst().title == u"Stadtfest"_s);
    CHECK(events.constFirst().lastUpdated.isValid());
    CHECK_FALSE(events.constFirst().publishedAt.isValid());
    const QList<model::NewsItem> news = store.news(u"augsburg"_s, u"de"_s);
    REQUIRE(news.size() == 1);
    CHECK(news.constFirst().title == u"Alte Nachricht"_s);
    CHECK_FALSE(news.constFirst().publishedAt.isValid());
    // The date the UI shows falls back to the display date.
    CHECK(news.constFirst().shownDate() == news.constFirst().displayDate);

    // The next sync brings the dates.
    LanguageContent c = content(3);
    store.applyLanguage(c);
    bool found = false;
    for (const model::NewsItem &read : store.news(u"augsburg"_s, u"de"_s)) {
        if (read.id == c.news->at(0).id) {
            found = true;
            CHECK(read.publishedAt == c.news->at(0).publishedAt);
            CHECK(read.shownDate() == c.news->at(0).publishedAt);
        }
    }
    CHECK(found);
}
