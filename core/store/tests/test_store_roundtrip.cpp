// What is applied to the store reads back exactly: every model field, in the promised order.

#include "core/store/database.h"
#include "core/store/schema.h"
#include "storeaccess.h"
#include "test_store_fixtures.h"

#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::store;
using namespace integreat::testing::store;
using namespace Qt::StringLiterals;

TEST_CASE("Pages read back with every field, including Unicode paths and offsets")
{
    TempDb tmp;
    Store store(tmp.path());
    const LanguageContent c = content(7);
    store.applyLanguage(c);

    for (const model::Page &expected : c.pages) {
        const auto actual = store.page(u"augsburg"_s, u"de"_s, expected.path);
        REQUIRE(actual);
        checkSame(*actual, expected);
    }
    CHECK(store.pages(u"augsburg"_s, u"de"_s).size() == 7);
    CHECK_FALSE(store.page(u"augsburg"_s, u"de"_s, u"/augsburg/de/none/"_s));
    CHECK_FALSE(store.page(u"augsburg"_s, u"en"_s, c.pages[0].path));
}

TEST_CASE("Child pages come in sibling order and root pages have an empty parent")
{
    TempDb tmp;
    Store store(tmp.path());
    store.applyLanguage(content(7)); // roots 0, 3, 6; children of 0: 1, 2; of 3: 4, 5

    QStringList roots;
    for (const model::Page &p : store.childPages(u"augsburg"_s, u"de"_s, {}))
        roots << p.path;
    // order = 100 - n, so the higher n comes first
    CHECK(roots == QStringList{page(6).path, page(3).path, page(0).path});

    const QList<model::Page> children = store.childPages(u"augsburg"_s, u"de"_s, page(3).path);
    REQUIRE(children.size() == 2);
    CHECK(children[0].path == page(5).path);
    CHECK(children[1].path == page(4).path);

    const QList<model::Page> all = store.pages(u"augsburg"_s, u"de"_s);
    REQUIRE(all.size() == 7);
    CHECK(all[0].parentPath.isEmpty()); // grouped by parent, roots first
}

TEST_CASE("Events read back with every field, ordered by start")
{
    TempDb tmp;
    Store store(tmp.path());
    const LanguageContent c = content();
    store.applyLanguage(c);

    const QList<model::Event> events = store.events(u"augsburg"_s, u"de"_s);
    REQUIRE(events.size() == 3);
    // event n starts n days before 2030-01-01
    checkSame(events[0], event(3));
    checkSame(events[1], event(2));
    checkSame(events[2], event(1));
    CHECK_FALSE(events[1].location.has_value()); // the all-null location stays unset
    CHECK_FALSE(events[1].id.has_value());       // fallback-language items have no id

    const auto single = store.event(u"augsburg"_s, u"de"_s, event(1).path);
    REQUIRE(single);
    checkSame(*single, event(1));
}

TEST_CASE("Places read back with category, hours, contacts and tri-state barrier-free")
{
    TempDb tmp;
    Store store(tmp.path());
    const LanguageContent c = content();
    store.applyLanguage(c);

    const QList<model::Place> places = store.places(u"augsburg"_s, u"de"_s);
    REQUIRE(places.size() == 3);
    for (int n = 1; n <= 3; ++n)
        checkSame(places[n - 1], place(n)); // ordered by title: Ort 1, Ort 2, Ort 3
    CHECK(places[0].barrierFree == true);
    CHECK(places[1].barrierFree == false);
    CHECK_FALSE(places[2].barrierFree.has_value());
    CHECK(places[1].openingHours.isEmpty());
    CHECK(places[0].openingHours[0].timeSlots[1].timeZone == u"Europe/Berlin");

    const auto single = store.place(u"augsburg"_s, u"de"_s, place(1).path);
    REQUIRE(single);
    checkSame(*single, place(1));
    CHECK(single->contacts.size() == 2);

    CHECK(store.placeCategories(u"augsburg"_s, u"de"_s) ==
          QList<model::PlaceCategory>{category(1), category(2)});
}

TEST_CASE("News read back newest first and the imprint reads back")
{
    TempDb tmp;
    Store store(tmp.path());
    store.applyLanguage(content());

    const QList<model::NewsItem> items = store.news(u"augsburg"_s, u"de"_s);
    REQUIRE(items.size() == 3);
    checkSame(items[0], news(3));
    checkSame(items[1], news(2));
    checkSame(items[2], news(1));

    const auto stored = store.imprint(u"augsburg"_s, u"de"_s);
    REQUIRE(stored);
    checkSame(*stored, imprint());
    CHECK_FALSE(store.imprint(u"augsburg"_s, u"en"_s));
}

TEST_CASE("Times keep their UTC offset and instant, whatever time spec they had")
{
    TempDb tmp;
    Store store(tmp.path());
    LanguageContent c = content(0);
    model::Page utc = page(0);
    utc.lastUpdated = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    model::Page local = page(3);
    local.lastUpdated = QDateTime(QDate(2024, 7, 2), QTime(3, 4, 5, 6), Qt::LocalTime);
    model::Page none = page(6);
    none.lastUpdated = QDateTime();
    c.pages = {utc, local, none};
    store.applyLanguage(c);

    const auto readUtc = store.page(u"augsburg"_s, u"de"_s, utc.path);
    const auto readLocal = store.page(u"augsburg"_s, u"de"_s, local.path);
    const auto readNone = store.page(u"augsburg"_s, u"de"_s, none.path);
    REQUIRE((readUtc && readLocal && readNone));
    CHECK(readUtc->lastUpdated == utc.lastUpdated);
    CHECK(readUtc->lastUpdated.offsetFromUtc() == 0);
    CHECK(readLocal->lastUpdated == local.lastUpdated);
    CHECK(readLocal->lastUpdated.offsetFromUtc() == local.lastUpdated.offsetFromUtc());
    CHECK_FALSE(readNone->lastUpdated.isValid());
}

TEST_CASE("Regions read back with flags, geometry, aliases and ordered languages")
{
    TempDb tmp;
    Store store(tmp.path());
    model::Region bare;
    bare.id = 7;
    bare.slug = u"hallo"_s;
    bare.name = u"Hallo"_s;
    bare.nameWithoutPrefix = u"Hallo"_s;
    bare.languages = {language(u"en"_s)};
    store.saveRegions({region(), bare});

    const QList<model::Region> regions = store.regions();
    REQUIRE(regions.size() == 2);
    checkSame(regions[0], region()); // ordered by name without prefix
    checkSame(regions[1], bare);
    CHECK_FALSE(regions[1].center.has_value());
    CHECK_FALSE(regions[1].boundingBox.has_value());

    const auto one = store.region(u"hallo"_s);
    REQUIRE(one);
    checkSame(*one, bare);
    CHECK_FALSE(store.region(u"nowhere"_s));
}

TEST_CASE("Saving the region list again updates names and languages but keeps content")
{
    TempDb tmp;
    Store store(tmp.path());
    store.saveRegions({region()});
    store.applyLanguage(content(3, u"ar"_s));

    model::Region changed = region();
    changed.name = u"Stadt Augsburg (neu)"_s;
    changed.languages = {language(u"en"_s), language(u"de"_s)}; // ar dropped, order changed
    store.saveRegions({changed});

    const auto stored = store.region(u"augsburg"_s);
    REQUIRE(stored);
    checkSame(*stored, changed);
    CHECK(store.pages(u"augsburg"_s, u"ar"_s).size() == 3);

    const qint64 before = store.totalChanges();
    store.saveRegions({changed});
    CHECK(store.totalChanges() == before); // unchanged regions are not rewritten
}

TEST_CASE("A new database is at the current schema version and marked as ours")
{
    TempDb tmp;
    Store store(tmp.path());
    CHECK(Schema::version(integreat::testing::StoreAccess::database(store)) ==
          Schema::currentVersion());
    CHECK(integreat::testing::StoreAccess::database(store).queryInt(u"PRAGMA application_id"_s) ==
          Schema::applicationId);
    CHECK(store.integrityCheck() == u"ok");
    CHECK(store.filePath() == tmp.path());
    CHECK(store.sizeBytes() > 0);
    // reopening an up-to-date file writes nothing
    Store again(tmp.path());
    CHECK(again.totalChanges() == 0);
}

TEST_CASE("A sync refreshes the language's names in its region's language list")
{
    TempDb tmp;
    Store store(tmp.path());
    store.saveRegions({region()});
    LanguageContent c = content(1, u"ar"_s);
    c.language.nativeName = u"عربي"_s;
    store.applyLanguage(c);
    const auto stored = store.region(u"augsburg"_s);
    REQUIRE(stored);
    REQUIRE(stored->languages.size() == 3);
    CHECK(stored->languages[1] == c.language); // same place in the list, new name

    LanguageContent unknown = content(1, u"fa"_s);
    unknown.region = u"unlisted"_s;
    store.applyLanguage(unknown);
    CHECK_FALSE(store.region(u"unlisted"_s)); // regions come from the region list only
}
