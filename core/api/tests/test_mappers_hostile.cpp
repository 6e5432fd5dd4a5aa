// The mappers against documents built to hurt: wrong shapes, wrong types, error bodies.
#include "core/api/mappers.h"
#include "test_mappers_support.h"

#include <QJsonArray>
#include <QJsonObject>
#include <functional>

using namespace integreat;
using namespace integreat::api;
using integreat::testing::jsonDoc;
using namespace Qt::StringLiterals;

namespace {

/// Every mapper, reduced to what this file checks.
struct AnyResult
{
    QString error;
    QStringList warnings;
    qsizetype count = 0;
};

template <class T> AnyResult any(const MapResult<T> &r)
{
    return {r.error, r.warnings, r.items.size()};
}

const QList<std::pair<const char *, std::function<AnyResult(const QJsonDocument &)>>> &mappers()
{
    static const QList<std::pair<const char *, std::function<AnyResult(const QJsonDocument &)>>>
        all = {
            {"regions",
             [](const QJsonDocument &d) {
                 return any(mapRegions(d));
             }},
            {"languages",
             [](const QJsonDocument &d) {
                 return any(mapLanguages(d));
             }},
            {"pages",
             [](const QJsonDocument &d) {
                 return any(mapPages(d));
             }},
            {"events",
             [](const QJsonDocument &d) {
                 return any(mapEvents(d));
             }},
            {"places",
             [](const QJsonDocument &d) {
                 return any(mapPlaces(d));
             }},
            {"categories",
             [](const QJsonDocument &d) {
                 return any(mapPlaceCategories(d));
             }},
            {"imprint",
             [](const QJsonDocument &d) {
                 return any(mapImprint(d));
             }},
            {"news",
             [](const QJsonDocument &d) {
                 return any(mapNews(d));
             }},
        };
    return all;
}

/// Values of every JSON type, several of them nasty.
QList<QJsonValue> wrongValues()
{
    return {QJsonValue(QJsonValue::Null),
            QJsonValue(true),
            QJsonValue(-1),
            QJsonValue(1e300),
            QJsonValue(0.5),
            QJsonValue(u""_s),
            QJsonValue(u"%ff%fe<script>&#0;&#xD800;"_s),
            QJsonValue(QJsonArray{1, u"x"_s, QJsonArray{}}),
            QJsonValue(QJsonObject{{u"id"_s, QJsonArray{}}, {u"path"_s, 3}}),
            QJsonValue(QJsonArray{QJsonArray{1}, QJsonArray{u"a"_s, QJsonValue::Null}})};
}

/// Every field name any mapper reads, at top level or inside a sub-object.
const QStringList &fieldNames()
{
    static const QStringList names = {
        u"id"_s,
        u"path"_s,
        u"url"_s,
        u"title"_s,
        u"excerpt"_s,
        u"content"_s,
        u"message"_s,
        u"last_updated"_s,
        u"modified_gmt"_s,
        u"display_date"_s,
        u"timestamp"_s,
        u"available_languages"_s,
        u"thumbnail"_s,
        u"parent"_s,
        u"order"_s,
        u"organization"_s,
        u"event"_s,
        u"location"_s,
        u"location_path"_s,
        u"location_url"_s,
        u"meeting_url"_s,
        u"recurrence_rule"_s,
        u"category"_s,
        u"opening_hours"_s,
        u"contacts"_s,
        u"temporarily_closed"_s,
        u"barrier_free"_s,
        u"appointment_url"_s,
        u"website"_s,
        u"email"_s,
        u"phone_number"_s,
        u"name"_s,
        u"prefix"_s,
        u"name_without_prefix"_s,
        u"plz"_s,
        u"live"_s,
        u"events"_s,
        u"pois"_s,
        u"push_notifications"_s,
        u"extras"_s,
        u"external_news"_s,
        u"tunews"_s,
        u"is_chat_enabled"_s,
        u"latitude"_s,
        u"longitude"_s,
        u"bounding_box"_s,
        u"aliases"_s,
        u"languages"_s,
        u"code"_s,
        u"dir"_s,
        u"bcp47_tag"_s,
        u"native_name"_s,
        u"source"_s,
        u"channel"_s,
        u"externalUrl"_s,
        u"link"_s,
        u"color"_s,
        u"icon"_s,
        u"icon_url"_s,
        u"start"_s,
        u"end"_s,
        u"start_date"_s,
        u"start_time"_s,
        u"timezone"_s,
        u"all_day"_s,
        u"timeSlots"_s,
        u"allDay"_s,
    };
    return names;
}

} // namespace

TEST_CASE("mappers: an item of the wrong type is skipped with a warning and the others are kept",
          "[mappers][hostile]")
{
    const auto result = mapPages(jsonDoc(R"([
        {"path": "/r/de/a/", "title": "A"},
        5,
        {"path": 3, "title": "number path"},
        {"path": "/r/de/c/", "title": null},
        {"path": "", "title": "empty path"},
        {"title": "no path"},
        {"path": "/r/de/b/", "title": "B", "order": "7", "id": "12"}
    ])"));
    REQUIRE(result.ok());
    REQUIRE(result.items.size() == 2);
    CHECK(result.items[0].title == u"A"_s);
    CHECK(result.items[1].title == u"B"_s);
    CHECK(result.items[1].order == 7); // numbers as strings are fine
    CHECK(result.items[1].id == 12);
    REQUIRE(result.warnings.size() == 5);
    CHECK(result.warnings[0] == u"pages: item 1 skipped: it is a number, not an object"_s);
    CHECK(result.warnings[1] == u"pages: item 2 skipped: 'path' is not a string but a number"_s);
    CHECK(result.warnings[2] == u"pages: item 3 skipped: 'title' is not a string but null"_s);
    CHECK(result.warnings[3] == u"pages: item 4 skipped: 'path' is empty"_s);
    CHECK(result.warnings[4] == u"pages: item 5 skipped: 'path' is missing"_s);
}

TEST_CASE("mappers: an object where a list belongs is a document error", "[mappers][hostile]")
{
    const QJsonDocument object = jsonDoc(R"({"path": "/r/de/x/", "title": "X"})");
    const auto events = mapEvents(object);
    CHECK_FALSE(events.ok());
    CHECK(events.error == u"events: expected a list but the document is an object"_s);
    CHECK(events.items.isEmpty());
    CHECK_FALSE(mapPlaces(object).ok());
    CHECK_FALSE(mapLanguages(object).ok());
    CHECK_FALSE(mapPlaceCategories(object).ok());
    // ... but pages, imprint, regions and news also have single-object endpoints.
    CHECK(mapPages(object).items.size() == 1);
    CHECK(mapImprint(object).items.size() == 1);
}

TEST_CASE("mappers: the server's error body becomes the error of every mapper",
          "[mappers][hostile]")
{
    const QJsonDocument body = jsonDoc(R"({"error": "No language matches the given query."})");
    for (const auto &[name, map] : mappers()) {
        INFO(name);
        const AnyResult result = map(body);
        CHECK(result.error == u"server said: No language matches the given query."_s);
        CHECK(result.count == 0);
    }
    CHECK(mapNews(jsonDoc(R"({"error": {"code": 7}})")).error == u"server said: {\"code\":7}"_s);
}

TEST_CASE("mappers: an empty or non-JSON document is a document error, an empty list is fine",
          "[mappers][hostile]")
{
    for (const auto &[name, map] : mappers()) {
        INFO(name);
        CHECK_FALSE(map(QJsonDocument()).error.isEmpty());
        CHECK_FALSE(map(QJsonDocument::fromJson("<html>502 Bad Gateway</html>")).error.isEmpty());
        const AnyResult empty = map(jsonDoc("[]"));
        CHECK(empty.error.isEmpty());
        CHECK(empty.count == 0);
        CHECK(empty.warnings.isEmpty());
    }
}

TEST_CASE("mappers: wrong types in every field never crash a mapper", "[mappers][hostile]")
{
    // For each field and each wrong value: one item with only that field wrong (the rest
    // valid), one with everything set to that value, and that value nested one level down.
    const QJsonObject valid{{u"id"_s, 1},
                            {u"path"_s, u"/r/de/x/"_s},
                            {u"title"_s, u"X"_s},
                            {u"code"_s, u"de"_s},
                            {u"name"_s, u"N"_s},
                            {u"event"_s, QJsonObject{}},
                            {u"location"_s, QJsonObject{}}};
    QJsonArray items;
    for (const QJsonValue &bad : wrongValues()) {
        QJsonObject allBad;
        QJsonObject nested = valid;
        for (const QString &field : fieldNames()) {
            QJsonObject oneBad = valid;
            oneBad.insert(field, bad);
            items.append(oneBad);
            allBad.insert(field, bad);
        }
        for (const QString &sub : {u"event"_s, u"location"_s, u"parent"_s, u"category"_s,
                                   u"organization"_s, u"available_languages"_s})
            nested.insert(sub, allBad);
        nested.insert(u"opening_hours"_s, QJsonArray{allBad, bad, allBad});
        nested.insert(u"contacts"_s, QJsonArray{allBad, bad});
        nested.insert(u"languages"_s, QJsonArray{allBad, bad});
        nested.insert(u"aliases"_s, QJsonObject{{u"A"_s, bad}, {u"B"_s, allBad}});
        items.append(allBad);
        items.append(nested);
        items.append(bad);
    }
    const QJsonDocument doc(items);
    for (const auto &[name, map] : mappers()) {
        INFO(name);
        const AnyResult result = map(doc);
        CHECK(result.error.isEmpty());
        CHECK(result.count + result.warnings.size() >= items.size() / 2);
    }
    // A single object made only of wrong values, for the mappers that take one.
    for (const QJsonValue &bad : wrongValues()) {
        QJsonObject allBad;
        for (const QString &field : fieldNames())
            allBad.insert(field, bad);
        for (const auto &[name, map] : mappers())
            map(QJsonDocument(allBad));
    }
}

TEST_CASE("mappers: odd values inside a kept item default quietly or leave a warning",
          "[mappers][hostile]")
{
    const auto places = mapPlaces(jsonDoc(R"([{
        "path": "/r/de/locations/p/", "title": "P", "id": 1e300,
        "category": {"id": "x", "name": "C"},
        "opening_hours": [{"allDay": "true"}, 5, {"closed": 1, "timeSlots": [{"start": "8:00"}]}],
        "location": {"latitude": "48.5", "longitude": "ten"},
        "barrier_free": "no idea", "organization": {"id": 3}, "contacts": {"name": "x"}
    }])"));
    REQUIRE(places.items.size() == 1);
    const model::Place &place = places.items[0];
    CHECK_FALSE(place.id.has_value());
    CHECK_FALSE(place.category.has_value());
    REQUIRE(place.openingHours.size() == 3);
    CHECK(place.openingHours[0].allDay);
    CHECK(place.openingHours[1].closed); // unreadable days are not open
    CHECK(place.openingHours[2].closed);
    CHECK(place.openingHours[2].timeSlots.size() == 1);
    CHECK(place.address.latitude == 48.5);
    CHECK_FALSE(place.address.longitude.has_value());
    CHECK_FALSE(place.barrierFree.has_value());
    CHECK_FALSE(place.organization.has_value());
    CHECK(place.contacts.isEmpty());
    CHECK(places.warnings.size() == 2); // the category, the 3-day week
    CHECK(places.warnings.join(u'\n').contains(u"category ignored"_s));
    CHECK(places.warnings.join(u'\n').contains(u"has 3 days, not 7"_s));

    const auto regions = mapRegions(jsonDoc(R"([{"path": "/x/", "languages": [{"code": 1}, 2,
        {"code": "de", "dir": "ltr"}, {"code": "ar", "dir": "rtl"}], "aliases": "{not json",
        "bounding_box": [[1, 2], [3]]}])"));
    REQUIRE(regions.items.size() == 1);
    CHECK(regions.items[0].slug == u"x"_s);
    CHECK(regions.items[0].name == u"x"_s);
    CHECK_FALSE(regions.items[0].boundingBox.has_value());
    CHECK(regions.items[0].aliases.isEmpty());
    REQUIRE(regions.items[0].languages.size() == 2);
    CHECK(regions.items[0].languages[1].rightToLeft);
    CHECK(regions.warnings.size() == 3); // two languages, the aliases string
}
