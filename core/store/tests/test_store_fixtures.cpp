#include "test_store_fixtures.h"

#include <catch2/catch.hpp>

namespace integreat::testing::store {

using namespace Qt::StringLiterals;

QDateTime at(const char *iso)
{
    const QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    REQUIRE(time.isValid());
    return time;
}

model::Language language(const QString &code)
{
    if (code == u"ar")
        return {u"ar"_s, u"ar-arb"_s, u"العربية"_s, true};
    if (code == u"en")
        return {u"en"_s, u"en-GB"_s, u"English"_s, false};
    return {code, code + u"-DE"_s, u"Deutsch"_s, false};
}

model::Region region(const QString &slug)
{
    model::Region r;
    r.id = 42;
    r.slug = slug;
    r.name = u"Stadt "_s + slug;
    r.prefix = u"Stadt"_s;
    r.nameWithoutPrefix = slug;
    r.postalCode = u"86150"_s;
    r.live = false;
    r.eventsEnabled = true;
    r.placesEnabled = true;
    r.localNewsEnabled = true;
    r.externalNewsEnabled = false;
    r.offersEnabled = true;
    r.chatEnabled = false;
    r.center = model::GeoPoint{48.3705449, 10.89779};
    r.boundingBox = model::BoundingBox{10.7880103, 48.2581443, 11.0065875, 48.4534086};
    r.aliases = {{u"Gersthofen"_s, model::GeoPoint{48.4239, 10.8721}}, {u"Stadtbergen"_s, {}}};
    r.languages = {language(u"de"_s), language(u"ar"_s), language(u"en"_s)};
    return r;
}

model::Page page(int n, const QString &lang, int contentBytes)
{
    model::Page p;
    p.id = 1000 + n;
    p.path = u"/augsburg/%1/seite-%2-ä/"_s.arg(lang).arg(n);
    p.url = u"https://integreat.app"_s + p.path;
    p.title = u"Seite %1 – Übersicht"_s.arg(n);
    p.excerpt = u"Auszug %1\r\nmit Zeilenumbruch"_s.arg(n);
    p.content = u"<p>Inhalt %1</p>"_s.arg(n) + QString(contentBytes, u'x');
    p.lastUpdated = at("2024-03-05T11:31:33.250+01:00").addSecs(n);
    p.availableLanguages = {{u"en"_s, u"/augsburg/en/page-%1/"_s.arg(n)},
                            {u"ar"_s, u"/augsburg/ar/صفحة-%1/"_s.arg(n)}};
    p.thumbnail = n % 2 ? u"https://cms.integreat-app.de/media/%1.png"_s.arg(n) : QString();
    p.parentPath = n % 3 == 0 ? QString() : page(n - n % 3, lang, 0).path;
    p.order = 100 - n;
    if (n % 2)
        p.organization = model::Organization{u"Caritas"_s, u"https://caritas.de"_s, u"logo.png"_s};
    return p;
}

model::Event event(int n, const QString &lang)
{
    model::Event e;
    e.id = n == 2 ? std::nullopt : std::optional<int>(2000 + n);
    e.path = u"/augsburg/%1/events/fest-%2/"_s.arg(lang).arg(n);
    e.url = u"https://integreat.app"_s + e.path;
    e.title = u"Fest %1"_s.arg(n);
    e.excerpt = u"Ein Fest"_s;
    e.content = u"<p>Fest</p>"_s;
    e.lastUpdated = at("2024-01-01T00:00:00.000Z");
    e.start = at("2030-01-01T12:00:00.000+01:00").addDays(-n);
    e.end = e.start.addSecs(7200);
    e.allDay = n == 1;
    e.onlyWeekdays = n == 3;
    e.timeZone = u"Europe/Berlin"_s;
    e.recurrenceRule =
        n == 1 ? u"DTSTART:20300101T120000\nRRULE:FREQ=WEEKLY;BYDAY=TU,TH"_s : QString();
    if (n != 2)
        e.location = model::Address{
            u"Rathaus"_s, u"Rathausplatz 1"_s, u"86150"_s, u"Augsburg"_s, u"DE"_s, 48.3689,
            10.8978};
    e.locationPath = n != 2 ? u"/augsburg/%1/locations/rathaus/"_s.arg(lang) : QString();
    e.meetingUrl = n == 3 ? u"https://meet.example/xyz"_s : QString();
    e.publishedAt = n == 2 ? at("2029-11-02T09:30:00.000+01:00") : QDateTime(); // CMS 2026.9
    return e;
}

model::PlaceCategory category(int id)
{
    return {id, u"Kategorie %1"_s.arg(id), u"#1DC6C6"_s, u"office"_s,
            u"https://cms.integreat-app.de/icons/%1.svg"_s.arg(id)};
}

model::Place place(int n, const QString &lang)
{
    model::Place p;
    p.id = 3000 + n;
    p.path = u"/augsburg/%1/locations/ort-%2/"_s.arg(lang).arg(n);
    p.url = u"https://integreat.app"_s + p.path;
    p.title = u"Ort %1"_s.arg(n);
    p.excerpt = u"Beratung"_s;
    p.content = u"<p>Beratung</p>"_s;
    p.lastUpdated = at("2024-02-02T10:00:00.000+01:00");
    p.thumbnail = u"thumb.png"_s;
    if (n != 3)
        p.category = category(n);
    p.address = {u"Ort %1"_s.arg(n),
                 u"Hauptstraße %1"_s.arg(n),
                 u"86150"_s,
                 u"Augsburg"_s,
                 u"DE"_s,
                 48.1 + n / 100.0,
                 10.8};
    if (n != 2) {
        model::DayHours open{
            false,
            false,
            false,
            {{u"10:00"_s, u"13:00"_s, {}}, {u"15:00"_s, u"18:00"_s, u"Europe/Berlin"_s}}};
        model::DayHours closed{false, true, false, {}};
        model::DayHours appointment{false, false, true, {}};
        model::DayHours allDay{true, false, false, {}};
        p.openingHours = {open, open, appointment, open, allDay, closed, closed};
    }
    p.temporarilyClosed = n == 2;
    p.appointmentUrl = u"https://termin.example/%1"_s.arg(n);
    p.barrierFree =
        n == 1 ? std::optional<bool>(true) : (n == 2 ? std::optional<bool>(false) : std::nullopt);
    if (n == 1)
        p.organization = model::Organization{u"Stadt"_s, u"https://augsburg.de"_s, {}};
    p.metaDescription = u"Meta %1"_s.arg(n);
    p.icon = u"icon.png"_s;
    if (n != 3) {
        p.contacts.append({u"Frau A"_s, u"Asyl"_s, u"a@example.org"_s, u"+49 821 1"_s,
                           u"+49 170 1"_s, u"https://a.example"_s, p.openingHours,
                           u"https://termin.example/a"_s});
        p.contacts.append({u"Herr B"_s, {}, u"b@example.org"_s, {}, {}, {}, {}, {}});
    }
    return p;
}

model::NewsItem news(int n)
{
    model::NewsItem item;
    item.id = u"local-%1"_s.arg(n);
    item.source = u"local"_s;
    item.title = u"Nachricht %1"_s.arg(n);
    item.content = u"Text &amp; mehr %1"_s.arg(n);
    item.lastUpdated = at("2024-05-01T08:00:00.000+02:00").addDays(n);
    item.displayDate = item.lastUpdated.addSecs(60);
    item.publishedAt = n == 1 ? at("2024-04-30T07:15:00.000+02:00") : QDateTime(); // CMS 2026.9
    item.channel = u"news"_s;
    item.externalUrl = n == 2 ? u"https://tunews.de/2"_s : QString();
    item.availableLanguages = {{u"en"_s, u"local-%1"_s.arg(100 + n)}};
    return item;
}

model::Page imprint(const QString &lang)
{
    model::Page p;
    p.id = 77;
    p.path = u"/augsburg/%1/imprint/"_s.arg(lang);
    p.url = u"https://integreat.app"_s + p.path;
    p.title = u"Impressum"_s;
    p.excerpt = u"Stadt Augsburg"_s;
    p.content = u"<p>Stadt Augsburg</p>"_s;
    p.lastUpdated = at("2023-12-24T18:00:00.000+01:00");
    return p;
}

integreat::store::LanguageContent content(int pages, const QString &lang)
{
    integreat::store::LanguageContent c;
    c.region = u"augsburg"_s;
    c.language = language(lang);
    for (int n = 0; n < pages; ++n)
        c.pages.append(page(n, lang));
    c.events = QList<model::Event>{event(1, lang), event(2, lang), event(3, lang)};
    c.places = QList<model::Place>{place(1, lang), place(2, lang), place(3, lang)};
    c.categories = QList<model::PlaceCategory>{category(1), category(2)};
    c.imprint = std::optional<model::Page>(imprint(lang));
    c.news = QList<model::NewsItem>{news(1), news(2), news(3)};
    c.syncedAt = at("2024-06-01T12:00:00.000Z");
    return c;
}

namespace {
void checkSameTime(const QDateTime &actual, const QDateTime &expected)
{
    CHECK(actual == expected);
    CHECK(actual.isValid() == expected.isValid());
    if (expected.isValid())
        CHECK(actual.offsetFromUtc() == expected.offsetFromUtc());
}

void checkSameBase(const model::ContentBase &actual, const model::ContentBase &expected)
{
    CHECK(actual.id == expected.id);
    CHECK(actual.path == expected.path);
    CHECK(actual.url == expected.url);
    CHECK(actual.title == expected.title);
    CHECK(actual.excerpt == expected.excerpt);
    CHECK(actual.content == expected.content);
    checkSameTime(actual.lastUpdated, expected.lastUpdated);
    CHECK(actual.availableLanguages == expected.availableLanguages);
    CHECK(actual.thumbnail == expected.thumbnail);
}
} // namespace

void checkSame(const model::Page &actual, const model::Page &expected)
{
    INFO("page " << expected.path.toStdString());
    checkSameBase(actual, expected);
    CHECK(actual.parentPath == expected.parentPath);
    CHECK(actual.order == expected.order);
    CHECK(actual.organization == expected.organization);
}

void checkSame(const model::Event &actual, const model::Event &expected)
{
    INFO("event " << expected.path.toStdString());
    checkSameBase(actual, expected);
    checkSameTime(actual.start, expected.start);
    checkSameTime(actual.end, expected.end);
    CHECK(actual.allDay == expected.allDay);
    CHECK(actual.onlyWeekdays == expected.onlyWeekdays);
    CHECK(actual.timeZone == expected.timeZone);
    CHECK(actual.recurrenceRule == expected.recurrenceRule);
    CHECK(actual.location == expected.location);
    CHECK(actual.locationPath == expected.locationPath);
    CHECK(actual.meetingUrl == expected.meetingUrl);
    checkSameTime(actual.publishedAt, expected.publishedAt);
}

void checkSame(const model::Place &actual, const model::Place &expected)
{
    INFO("place " << expected.path.toStdString());
    checkSameBase(actual, expected);
    CHECK(actual.category == expected.category);
    CHECK(actual.address == expected.address);
    CHECK(actual.openingHours == expected.openingHours);
    CHECK(actual.temporarilyClosed == expected.temporarilyClosed);
    CHECK(actual.appointmentUrl == expected.appointmentUrl);
    CHECK(actual.barrierFree == expected.barrierFree);
    CHECK(actual.organization == expected.organization);
    CHECK(actual.metaDescription == expected.metaDescription);
    CHECK(actual.icon == expected.icon);
    CHECK(actual.contacts == expected.contacts);
}

void checkSame(const model::NewsItem &actual, const model::NewsItem &expected)
{
    INFO("news " << expected.id.toStdString());
    CHECK(actual.id == expected.id);
    CHECK(actual.source == expected.source);
    CHECK(actual.title == expected.title);
    CHECK(actual.content == expected.content);
    checkSameTime(actual.lastUpdated, expected.lastUpdated);
    checkSameTime(actual.displayDate, expected.displayDate);
    checkSameTime(actual.publishedAt, expected.publishedAt);
    CHECK(actual.channel == expected.channel);
    CHECK(actual.externalUrl == expected.externalUrl);
    CHECK(actual.availableLanguages == expected.availableLanguages);
}

void checkSame(const model::Region &actual, const model::Region &expected)
{
    INFO("region " << expected.slug.toStdString());
    CHECK(actual.id == expected.id);
    CHECK(actual.slug == expected.slug);
    CHECK(actual.name == expected.name);
    CHECK(actual.prefix == expected.prefix);
    CHECK(actual.nameWithoutPrefix == expected.nameWithoutPrefix);
    CHECK(actual.postalCode == expected.postalCode);
    CHECK(actual.live == expected.live);
    CHECK(actual.eventsEnabled == expected.eventsEnabled);
    CHECK(actual.placesEnabled == expected.placesEnabled);
    CHECK(actual.localNewsEnabled == expected.localNewsEnabled);
    CHECK(actual.externalNewsEnabled == expected.externalNewsEnabled);
    CHECK(actual.offersEnabled == expected.offersEnabled);
    CHECK(actual.chatEnabled == expected.chatEnabled);
    CHECK(actual.center == expected.center);
    CHECK(actual.boundingBox == expected.boundingBox);
    CHECK(actual.aliases == expected.aliases);
    CHECK(actual.languages == expected.languages);
}

} // namespace integreat::testing::store
