// The content mappers (pages, imprint, events, places) against real corpus values.
#include "core/api/mappers.h"
#include "corpus.h"
#include "test_mappers_support.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

using namespace integreat;
using namespace integreat::api;
using integreat::testing::corpusJson;
using namespace Qt::StringLiterals;

namespace {

template <class T> const T *byPath(const QList<T> &items, const QString &path)
{
    const auto it = std::find_if(items.cbegin(), items.cend(),
                                 [&](const T &item) { return item.path == path; });
    return it == items.cend() ? nullptr : &*it;
}

QDateTime withOffset(QDate date, QTime time, int offsetSeconds)
{
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds);
}

} // namespace

TEST_CASE("mappers: pages keep paths, parents, order, translations and organizations",
          "[mappers][pages]")
{
    INTEGREAT_REQUIRE_CORPUS();
    const auto result = mapPages(corpusJson(u"augsburg_de_pages.json"_s));
    REQUIRE(result.ok());
    REQUIRE(result.items.size() == 21);

    const model::Page *welcome = byPath(result.items, u"/augsburg/de/willkommen/"_s);
    REQUIRE(welcome);
    CHECK(welcome->title == u"Willkommen"_s);
    CHECK(welcome->id == 75);
    CHECK(welcome->parentPath.isEmpty()); // root: parent {"id": 0, "path": null}
    CHECK(welcome->order == 2);
    CHECK(welcome->url == u"http://localhost:8000/augsburg/de/willkommen/"_s);
    CHECK(welcome->availableLanguages.value(u"ar"_s) == u"/augsburg/ar/معلومات-الوصول/"_s);
    CHECK(welcome->availableLanguages.value(u"en"_s) == u"/augsburg/en/welcome/"_s);
    CHECK(welcome->availableLanguages.size() == 3);
    CHECK(welcome->lastUpdated.offsetFromUtc() == 7200);
    CHECK(welcome->lastUpdated == withOffset(QDate(2019, 8, 12), QTime(9, 57, 42, 456), 7200));
    CHECK_FALSE(welcome->organization.has_value());
    CHECK(welcome->thumbnail.isEmpty());

    const model::Page *trivia =
        byPath(result.items, u"/augsburg/de/willkommen/wissenswertes-uber-augsburg/"_s);
    REQUIRE(trivia);
    CHECK(trivia->parentPath == u"/augsburg/de/willkommen/"_s);

    const model::Page *about =
        byPath(result.items, u"/augsburg/de/willkommen/uber-die-app-integreat-augsburg/"_s);
    REQUIRE(about);
    REQUIRE(about->organization);
    CHECK(about->organization->name == u"Nicht archivierte Organisation"_s);
    CHECK(about->organization->website == u"https://integreat-app.de/"_s);
    CHECK(about->organization->logoUrl ==
          u"http://localhost:8000/media/global/integreat-logo.png"_s);

    const model::Page *contact =
        byPath(result.items, u"/augsburg/de/willkommen/kontakt-zu-app-team-augsburg/"_s);
    REQUIRE(contact);
    CHECK(contact->availableLanguages.isEmpty()); // {} in the corpus

    const model::Page *office =
        byPath(result.items, u"/augsburg/de/behörden-und-beratung/behörden/ausländerbehörde/"_s);
    REQUIRE(office);
    CHECK(office->parentPath == u"/augsburg/de/behörden-und-beratung/behörden/"_s);
    CHECK(office->content.startsWith(u"<div><p>Die <strong>Ausländerbehörde</strong>"_s));

    const model::Page *authorities = byPath(result.items, u"/augsburg/de/behörden-und-beratung/"_s);
    REQUIRE(authorities);
    CHECK(authorities->content.isEmpty());
}

TEST_CASE("mappers: the single page endpoint and Arabic pages map like the list",
          "[mappers][pages]")
{
    INTEGREAT_REQUIRE_CORPUS();
    const auto single = mapPages(corpusJson(u"augsburg_de_page_1.json"_s));
    REQUIRE(single.ok());
    REQUIRE(single.items.size() == 1);
    CHECK(single.items[0].id == 75);
    CHECK(single.items[0].path == u"/augsburg/de/willkommen/"_s);
    CHECK(single.items[0].availableLanguages.value(u"fa"_s) == u"/augsburg/fa/گام-نخست/"_s);

    const auto arabic = mapPages(corpusJson(u"augsburg_ar_pages.json"_s));
    REQUIRE(arabic.ok());
    const model::Page *first = byPath(arabic.items, u"/augsburg/ar/معلومات-الوصول/"_s);
    REQUIRE(first);
    CHECK(first->title == u"معلومات الوصول"_s);
    CHECK(first->availableLanguages.value(u"de"_s) == u"/augsburg/de/willkommen/"_s);
}

TEST_CASE("mappers: excerpts are entity-decoded while page content stays as delivered",
          "[mappers][pages]")
{
    INTEGREAT_REQUIRE_CORPUS();
    const auto result = mapPages(corpusJson(u"legacy/api_augsburg_de_children_depth_2.json"_s));
    REQUIRE(result.ok());
    const model::Page *about =
        byPath(result.items, u"/augsburg/de/willkommen/uber-die-app-integreat-augsburg/"_s);
    REQUIRE(about);
    CHECK(about->excerpt.startsWith(u"Dieser Leitfaden unterstützt Sie in Ihrem Alltag"_s));
    CHECK_FALSE(about->excerpt.contains(u"&uuml;"_s));
    CHECK(about->content.contains(u"&uuml;"_s));
    const model::Page *trivia =
        byPath(result.items, u"/augsburg/de/willkommen/wissenswertes-uber-augsburg/"_s);
    REQUIRE(trivia);
    CHECK(trivia->excerpt.startsWith(u"Augsburg liegt im Südwesten Bayerns. Bis München"_s));
    CHECK(trivia->excerpt.contains(u"eigenen Feiertag – am"_s)); // &#8211;
    for (const model::Page &page : result.items)
        CHECK_FALSE(page.excerpt.contains(u"&#"_s));
}

TEST_CASE("mappers: imprint: one object is one page, [] is none, fallback language has no id",
          "[mappers][imprint]")
{
    INTEGREAT_REQUIRE_CORPUS();
    const auto de = mapImprint(corpusJson(u"augsburg_de_imprint.json"_s));
    REQUIRE(de.ok());
    REQUIRE(de.items.size() == 1);
    CHECK(de.items[0].id == 4);
    CHECK(de.items[0].title == u"Rechtliches"_s);
    CHECK(de.items[0].path == u"/augsburg/de/disclaimer/"_s);
    CHECK(de.items[0].parentPath.isEmpty()); // parent: null
    CHECK(de.items[0].content.size() > 4000);

    const auto en = mapImprint(corpusJson(u"augsburg_en_imprint.json"_s));
    REQUIRE(en.items.size() == 1);
    CHECK_FALSE(en.items[0].id.has_value());
    CHECK(en.items[0].availableLanguages.value(u"de"_s) == u"/augsburg/de/disclaimer/"_s);

    const auto none = mapImprint(corpusJson(u"nurnberg_de_imprint.json"_s));
    CHECK(none.ok());
    CHECK(none.items.isEmpty());
    CHECK(none.warnings.isEmpty());

    const auto missing = mapImprint(corpusJson(u"augsburg_non-existing_imprint.json"_s));
    CHECK(missing.error == u"server said: No language matches the given query."_s);
}

TEST_CASE("mappers: expanded events keep $date paths, offsets, rules and an absent location",
          "[mappers][events]")
{
    INTEGREAT_REQUIRE_CORPUS();
    const auto result = mapEvents(corpusJson(u"augsburg_de_events.json"_s));
    REQUIRE(result.ok());
    REQUIRE(result.items.size() == 8);
    const model::Event &first = result.items[0];
    CHECK(first.path == u"/augsburg/de/events/test-veranstaltung$2030-01-01/"_s);
    CHECK(first.id == 2);
    CHECK(first.start == withOffset(QDate(2030, 1, 1), QTime(13, 0), 3600));
    CHECK(first.start.offsetFromUtc() == 3600);
    CHECK(first.end == withOffset(QDate(2030, 1, 1), QTime(15, 0), 3600));
    CHECK_FALSE(first.allDay);
    CHECK_FALSE(first.onlyWeekdays);
    CHECK(first.timeZone == u"Europe/Berlin"_s);
    CHECK(first.recurrenceRule.contains(u"RRULE:FREQ=WEEKLY;INTERVAL=2"_s));
    CHECK_FALSE(first.location.has_value()); // the all-null location object
    CHECK(first.locationPath.isEmpty());
    CHECK(first.availableLanguages.value(u"en"_s) ==
          u"/augsburg/en/events/test-event$2030-01-01/"_s);

    const model::Event *longRunning =
        byPath(result.items, u"/augsburg/de/events/dauerveranstaltung/"_s);
    REQUIRE(longRunning);
    CHECK(longRunning->end == withOffset(QDate(2030, 12, 31), QTime(15, 0), 3600));
    CHECK(longRunning->recurrenceRule.isEmpty());

    const auto arabic = mapEvents(corpusJson(u"augsburg_ar_events.json"_s));
    REQUIRE(arabic.items.size() == 8);
    for (const model::Event &event : arabic.items)
        CHECK_FALSE(event.id.has_value()); // German fallback items
}

TEST_CASE("mappers: events with a place carry its address and path", "[mappers][events]")
{
    INTEGREAT_REQUIRE_CORPUS();
    const auto result = mapEvents(corpusJson(u"nurnberg_de_events.json"_s));
    REQUIRE(result.items.size() == 6);
    const model::Event &event = result.items[0];
    REQUIRE(event.location);
    CHECK(event.location->name == u"Test-Ort"_s);
    CHECK(event.location->street == u"Test-Straße 3"_s);
    CHECK(event.location->town == u"Nürnberg"_s);
    CHECK(event.location->postcode == u"12345"_s);
    CHECK(event.location->latitude == 1.0);
    CHECK(event.locationPath == u"/nurnberg/de/locations/test-ort/"_s);
    CHECK(event.recurrenceRule.startsWith(u"DTSTART:20310101T140000\nRRULE:"_s));
}

TEST_CASE("mappers: combined recurring events of the older vintage map, location_url included",
          "[mappers][events]")
{
    INTEGREAT_REQUIRE_CORPUS();
    const QJsonDocument doc = corpusJson(u"augsburg_de_events_combine_recurring.json"_s);
    const auto result = mapEvents(doc);
    REQUIRE(result.ok());
    REQUIRE(result.items.size() == 1);
    const model::Event &event = result.items[0];
    CHECK(event.path == u"/augsburg/de/events/test-veranstaltung/"_s);
    CHECK(event.recurrenceRule ==
          u"DTSTART:20300101T120000\nRRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20310101T235959;"
          "BYDAY=TU,TH"_s);
    CHECK_FALSE(event.onlyWeekdays); // field absent in this vintage
    CHECK(event.meetingUrl.isEmpty());
    CHECK(event.locationPath.isEmpty()); // location_url: null here

    // The same item as it came with a place: location_url is a full URL.
    QJsonArray items = doc.array();
    QJsonObject item = items[0].toObject();
    item.insert("location_url"_L1, u"http://localhost:8000/augsburg/de/locations/test-ort/"_s);
    items[0] = item;
    const auto withPlace = mapEvents(QJsonDocument(items));
    REQUIRE(withPlace.items.size() == 1);
    CHECK(withPlace.items[0].locationPath == u"/augsburg/de/locations/test-ort/"_s);
}

TEST_CASE("mappers: places: category, opening hours, address, organization, contacts",
          "[mappers][places]")
{
    INTEGREAT_REQUIRE_CORPUS();
    const auto result = mapPlaces(corpusJson(u"augsburg_de_locations.json"_s));
    REQUIRE(result.ok());
    REQUIRE(result.items.size() == 1);
    const model::Place &place = result.items[0];
    CHECK(place.path == u"/augsburg/de/locations/test-ort/"_s);
    CHECK(place.metaDescription == u"Meta-Beschreibung des Test-Ortes"_s);
    REQUIRE(place.category);
    CHECK(place.category->id == 2);
    CHECK(place.category->name == u"Behörde/Amt"_s);
    CHECK(place.category->color == u"#1DC6C6"_s);
    CHECK(place.category->icon == u"office"_s);
    CHECK(place.category->iconUrl ==
          u"http://localhost:8000/static/svg/poi-category-icons/office.svg"_s);
    REQUIRE(place.openingHours.size() == 7);
    REQUIRE(place.openingHours[0].timeSlots.size() == 2);
    CHECK(place.openingHours[0].timeSlots[0] == model::TimeSlot{u"10:00"_s, u"13:00"_s, {}});
    CHECK(place.openingHours[0].timeSlots[1] == model::TimeSlot{u"15:00"_s, u"18:00"_s, {}});
    CHECK(place.openingHours[2].closed);
    CHECK(place.openingHours[2].timeSlots.isEmpty());
    CHECK(place.openingHours[4].timeSlots.size() == 1);
    CHECK(place.address.street == u"Wolfgangstraße 2"_s);
    CHECK(place.address.postcode == u"86153"_s);
    REQUIRE(place.address.latitude);
    CHECK(*place.address.latitude == Approx(48.3781092));
    CHECK(*place.address.longitude == Approx(10.887578));
    CHECK(place.barrierFree == true);
    CHECK_FALSE(place.temporarilyClosed);
    REQUIRE(place.organization);
    CHECK(place.organization->name == u"Nicht archivierte Organisation"_s);
    CHECK(place.contacts.isEmpty());
    CHECK(place.availableLanguages.value(u"ar"_s) == u"/augsburg/ar/locations/موقع-الاختبار/"_s);
}

TEST_CASE("mappers: places of the older vintage turn website/email/phone into one contact",
          "[mappers][places]")
{
    INTEGREAT_REQUIRE_CORPUS();
    const QJsonDocument doc = corpusJson(u"augsburg_en_locations.json"_s);
    const auto result = mapPlaces(doc);
    REQUIRE(result.items.size() == 1);
    CHECK(result.items[0].title == u"Test location"_s);
    CHECK(result.items[0].contacts.isEmpty()); // all three are null in the corpus

    QJsonArray items = doc.array();
    QJsonObject item = items[0].toObject();
    item.insert("website"_L1, u"https://example.org/"_s);
    item.insert("email"_L1, u"info@example.org"_s);
    item.insert("phone_number"_L1, u"+49 821 000"_s);
    items[0] = item;
    const auto withContact = mapPlaces(QJsonDocument(items));
    REQUIRE(withContact.items.size() == 1);
    REQUIRE(withContact.items[0].contacts.size() == 1);
    const model::Contact &contact = withContact.items[0].contacts[0];
    CHECK(contact.website == u"https://example.org/"_s);
    CHECK(contact.email == u"info@example.org"_s);
    CHECK(contact.phone == u"+49 821 000"_s);
    CHECK(contact.name.isEmpty());
}

TEST_CASE("mappers: places without hours, organization or barrier info map to empty values",
          "[mappers][places]")
{
    INTEGREAT_REQUIRE_CORPUS();
    const auto result = mapPlaces(corpusJson(u"nurnberg_de_locations.json"_s));
    REQUIRE(result.items.size() == 1);
    const model::Place &place = result.items[0];
    CHECK(place.openingHours.isEmpty());
    CHECK_FALSE(place.organization.has_value());
    CHECK_FALSE(place.barrierFree.has_value());
    CHECK(place.address.latitude == 1.0); // bogus test coordinates, kept as sent
    REQUIRE(place.category);
    CHECK(place.category->name == u"Beratungsstelle"_s);

    const auto arabic = mapPlaces(corpusJson(u"augsburg_ar_locations.json"_s));
    REQUIRE(arabic.ok());
    REQUIRE(arabic.items.size() == 1); // translated (id 9), despite the manifest's note
    CHECK(arabic.items[0].title == u"موقع الاختبار"_s);
    CHECK(arabic.items[0].availableLanguages.value(u"de"_s) ==
          u"/augsburg/de/locations/test-ort/"_s);

    const auto categories =
        mapPlaceCategories(corpusJson(u"augsburg_de_location_categories.json"_s));
    REQUIRE(categories.ok());
    REQUIRE(categories.items.size() == 3);
    CHECK(categories.items[2] ==
          model::PlaceCategory{3, u"Gastronomie"_s, u"#2E98FB"_s, u"gastronomy"_s,
                               u"http://localhost:8000/static/svg/poi-category-icons/"
                               "gastronomy.svg"_s});
}
