// Schema drift the corpus does not show (or shows only once), built in the test: news ids
// and vintages, percent-encoded paths, old field forms.
#include "core/api/mappers.h"
#include "test_mappers_support.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace integreat;
using namespace integreat::api;
using integreat::testing::jsonDoc;
using namespace Qt::StringLiterals;

TEST_CASE("mappers: news ids, sources, dates and translations across vintages", "[mappers][news]")
{
    const auto result = mapNews(jsonDoc(R"([
        {"id": "local-501", "title": "Bürgeramt geschlossen", "content": "Text", "source": "local",
         "display_date": "2024-05-02T08:15:00+02:00", "last_updated": "2024-05-01T10:00:00+02:00",
         "available_languages": {"en": {"id": "local-502"}, "uk": {"id": 503}},
         "externalUrl": "https://example.org/n", "channel": "news"},
        {"id": 123, "title": "A &amp; B &uuml;ber &#1582;", "message": "x &lt; y",
         "timestamp": "2022-03-05 11:31:33", "last_updated": "2022-03-05T12:31:33+01:00",
         "available_languages": null, "source": "local", "link": null},
        {"id": "tunews-42", "title": "T", "content": "<p>news</p>"},
        {"id": "7", "title": "Seven", "content": "<img src=\"a.png\" height=\"200\" width=\"2\"/>"},
        {"id": null, "title": "no id"},
        {"id": "local-9", "title": 5}
    ])"));
    REQUIRE(result.ok());
    REQUIRE(result.items.size() == 4);
    CHECK(result.warnings.size() == 2);

    const model::NewsItem &first = result.items[0];
    CHECK(first.id == u"local-501"_s);
    CHECK(first.title == u"Bürgeramt geschlossen"_s);
    CHECK(first.displayDate == QDateTime(QDate(2024, 5, 2), QTime(8, 15), Qt::OffsetFromUTC, 7200));
    CHECK(first.lastUpdated == QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::OffsetFromUTC, 7200));
    CHECK(first.availableLanguages.value(u"en"_s) == u"local-502"_s);
    CHECK(first.availableLanguages.value(u"uk"_s) == u"local-503"_s);
    CHECK(first.externalUrl == u"https://example.org/n"_s);
    CHECK(first.channel == u"news"_s);

    const model::NewsItem &fcm = result.items[1];
    CHECK(fcm.id == u"local-123"_s);
    CHECK(fcm.title == u"A & B über خ"_s);
    CHECK(fcm.content == u"x < y"_s);
    CHECK(fcm.lastUpdated == QDateTime(QDate(2022, 3, 5), QTime(11, 31, 33), Qt::UTC));
    CHECK(fcm.displayDate == fcm.lastUpdated);
    CHECK(fcm.availableLanguages.isEmpty());
    CHECK(fcm.externalUrl.isEmpty());

    CHECK(result.items[2].id == u"tunews-42"_s);
    CHECK(result.items[2].source == u"tunews"_s); // derived from the id when not sent
    CHECK(result.items[3].id == u"local-7"_s);
    CHECK(result.items[3].source == u"local"_s);
    CHECK(result.items[3].content == u"<img src=\"a.png\" width=\"2\"/>"_s);

    const auto single =
        mapNews(jsonDoc(R"({"id": "amalnews-3", "title": "S", "source": "amalnews"})"));
    REQUIRE(single.items.size() == 1);
    CHECK(single.items[0].id == u"amalnews-3"_s);
}

TEST_CASE("mappers: percent-encoded paths become Unicode, region paths lose their slashes",
          "[mappers][drift]")
{
    // Percent-encoded UTF-8 everywhere a path can be (as older CMS versions sent them).
    const auto pages = mapPages(jsonDoc(R"({"id": 7, "title": "Über uns",
        "path": "/r/de/%C3%BCber-uns/%d8%ae%d8%a8%d8%b1/",
        "parent": {"id": 3, "path": "/r/de/%c3%bcber-uns/"},
        "available_languages": {"fa": {"id": 8, "url": "https://cms.example/r/fa/%d8%af%d8%b1/"},
                                "en": "/r/en/about-us/"},
        "organization": {"name": "Verein", "logo": "https://example.org/l.png"},
        "order": 3, "last_updated": "2016-01-07T10:36:24+02:00",
        "excerpt": "&#1582;&amp;&uuml;", "content": "<p>&uuml;</p>"})"));
    REQUIRE(pages.items.size() == 1);
    const model::Page &page = pages.items[0];
    CHECK(page.path == u"/r/de/über-uns/خبر/"_s);
    CHECK(page.parentPath == u"/r/de/über-uns/"_s);
    CHECK(page.availableLanguages.value(u"fa"_s) == u"/r/fa/در/"_s);
    CHECK(page.availableLanguages.value(u"en"_s) == u"/r/en/about-us/"_s);
    CHECK(page.excerpt == u"خ&ü"_s);
    CHECK(page.content == u"<p>&uuml;</p>"_s);
    REQUIRE(page.organization);
    CHECK(page.organization->name == u"Verein"_s);
    CHECK(page.organization->website.isEmpty());

    // A lone '%' or broken UTF-8 is kept as sent.
    const auto odd = mapPages(jsonDoc(R"([{"path": "/r/de/100%-sicher/", "title": "a"},
                                          {"path": "/r/de/%ff/", "title": "b"}])"));
    REQUIRE(odd.items.size() == 2);
    CHECK(odd.items[0].path == u"/r/de/100%-sicher/"_s);
    CHECK(odd.items[1].path == u"/r/de/%ff/"_s);

    const auto regions = mapRegions(jsonDoc(R"({"id": "9", "path": "/augsburg/", "name": "A",
        "latitude": "48.1", "longitude": 10.5, "bounding_box": [1, 2, 3, 4],
        "aliases": "{\"Mering\": {\"latitude\": 48.2, \"longitude\": 10.9}}",
        "tunews": true, "languages": [{"code": "fa", "dir": "RIGHT_TO_LEFT"}]})"));
    REQUIRE(regions.items.size() == 1);
    const model::Region &region = regions.items[0];
    CHECK(region.slug == u"augsburg"_s);
    CHECK(region.id == 9);
    CHECK(region.externalNewsEnabled); // tunews when external_news is absent
    REQUIRE(region.center);
    CHECK(region.center->latitude == 48.1);
    CHECK(region.boundingBox == model::BoundingBox{1, 2, 3, 4});
    REQUIRE(region.aliases.size() == 1);
    CHECK(region.aliases[0].point == model::GeoPoint{48.2, 10.9});
    CHECK(region.languages.value(0).rightToLeft);
}

TEST_CASE("mappers: events fall back to split date fields and read the newest place fields",
          "[mappers][drift]")
{
    const auto events = mapEvents(jsonDoc(R"([
        {"path": "/r/de/events/e/", "title": "E", "event": {"start_date": "2030-01-01",
         "start_time": "13:00:00", "end_date": "2030-07-01", "timezone": "Europe/Berlin",
         "all_day": true, "only_weekdays": true}, "recurrence_rule": null,
         "location": {"id": 5, "name": "Ort", "latitude": null, "longitude": null},
         "location_path": "/r/de/locations/%c3%b6rt/", "meeting_url": "https://meet.example/x"}
    ])"));
    REQUIRE(events.ok());
    REQUIRE(events.items.size() == 1);
    const model::Event &event = events.items[0];
    CHECK(event.start.toUTC() == QDateTime(QDate(2030, 1, 1), QTime(12, 0), Qt::UTC));
    CHECK(event.end.toUTC() == QDateTime(QDate(2030, 7, 1), QTime(21, 59, 59), Qt::UTC));
    CHECK(event.allDay);
    CHECK(event.onlyWeekdays);
    CHECK(event.recurrenceRule.isEmpty());
    REQUIRE(event.location);
    CHECK(event.location->name == u"Ort"_s);
    CHECK_FALSE(event.location->latitude.has_value());
    CHECK(event.locationPath == u"/r/de/locations/ört/"_s);
    CHECK(event.meetingUrl == u"https://meet.example/x"_s);

    const auto places = mapPlaces(jsonDoc(R"([{"path": "/r/de/locations/p/", "title": "P",
        "contacts": [{"name": "Frau A", "area_of_responsibility": "Beratung",
                      "email": "a@example.org", "phone_number": "1", "mobile_number": "2",
                      "website": "https://a.example", "appointment_url": "https://t.example",
                      "opening_hours": [{"allDay": true, "closed": false, "appointmentOnly": true,
                          "timeSlots": [{"start": "08:00", "end": "12:00",
                                         "timezone": "Europe/Berlin"}]},
                          {}, {}, {}, {}, {}, {}]}],
        "website": "https://ignored.example"}])"));
    REQUIRE(places.items.size() == 1);
    CHECK(places.warnings.isEmpty());
    REQUIRE(places.items[0].contacts.size() == 1); // contacts[] wins over the old fields
    const model::Contact &contact = places.items[0].contacts[0];
    CHECK(contact.name == u"Frau A"_s);
    CHECK(contact.areaOfResponsibility == u"Beratung"_s);
    CHECK(contact.mobile == u"2"_s);
    CHECK(contact.appointmentUrl == u"https://t.example"_s);
    REQUIRE(contact.openingHours.size() == 7);
    CHECK(contact.openingHours[0].appointmentOnly);
    CHECK(contact.openingHours[0].timeSlots.value(0).timeZone == u"Europe/Berlin"_s);
}
