// `published_at` (CMS 2026.9) of events and news: read where present (an ISO date with offset,
// like last_updated), absent in older outputs such as the corpus.
#include "core/api/mappers.h"
#include "corpus.h"
#include "test_mappers_support.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace integreat;
using namespace integreat::api;
using integreat::testing::corpusJson;
using integreat::testing::jsonDoc;
using namespace Qt::StringLiterals;

TEST_CASE("mappers: events read published_at where the CMS sends it", "[mappers][events]")
{
    INTEGREAT_REQUIRE_CORPUS();
    const QJsonDocument corpus = corpusJson(u"augsburg_de_events.json"_s);
    // The corpus predates the field: no event has a publication date.
    const auto before = mapEvents(corpus);
    REQUIRE(before.ok());
    REQUIRE_FALSE(before.items.isEmpty());
    for (const model::Event &event : before.items)
        CHECK_FALSE(event.publishedAt.isValid());

    // The same list from a CMS 2026.9: the first event carries the field.
    QJsonArray events = corpus.array();
    QJsonObject first = events.at(0).toObject();
    first.insert(u"published_at"_s, u"2019-12-20T09:15:00.000+01:00"_s);
    events.replace(0, first);
    const auto after = mapEvents(QJsonDocument(events));
    REQUIRE(after.ok());
    REQUIRE(after.items.size() == before.items.size());
    const QDateTime published = after.items.at(0).publishedAt;
    CHECK(published ==
          QDateTime::fromString(u"2019-12-20T09:15:00.000+01:00"_s, Qt::ISODateWithMs));
    CHECK(published.offsetFromUtc() == 3600);
    CHECK(after.items.at(0).lastUpdated == before.items.at(0).lastUpdated);
    CHECK_FALSE(after.items.at(1).publishedAt.isValid());
}

TEST_CASE("mappers: news read published_at, and the shown date falls back without it",
          "[mappers][news]")
{
    const auto result = mapNews(jsonDoc(R"([
        {"id": "local-1", "title": "Mit", "content": "a", "source": "local",
         "last_updated": "2026-10-05T10:00:00+02:00", "display_date": "2026-10-06T10:00:00+02:00",
         "published_at": "2026-10-01T08:30:00+02:00"},
        {"id": "local-2", "title": "Ohne", "content": "b", "source": "local",
         "last_updated": "2026-10-05T10:00:00+02:00", "display_date": "2026-10-06T10:00:00+02:00"},
        {"id": "local-3", "title": "Leer", "content": "c", "source": "local",
         "last_updated": "2026-10-05T10:00:00+02:00", "published_at": null},
        {"id": "local-4", "title": "Kaputt", "content": "d", "source": "local",
         "last_updated": "2026-10-05T10:00:00+02:00", "published_at": "gestern"}
    ])"));
    REQUIRE(result.ok());
    REQUIRE(result.items.size() == 4);
    const QDateTime published = QDateTime::fromString(u"2026-10-01T08:30:00+02:00"_s, Qt::ISODate);
    CHECK(result.items[0].publishedAt == published);
    CHECK(result.items[0].shownDate() == published);
    CHECK_FALSE(result.items[1].publishedAt.isValid());
    CHECK(result.items[1].shownDate() == result.items[1].displayDate);
    CHECK_FALSE(result.items[2].publishedAt.isValid());
    CHECK(result.items[2].shownDate() == result.items[2].lastUpdated);
    // An unreadable date is no date: the item stays, shown with its last update.
    CHECK_FALSE(result.items[3].publishedAt.isValid());
    CHECK(result.items[3].title == u"Kaputt"_s);
}
