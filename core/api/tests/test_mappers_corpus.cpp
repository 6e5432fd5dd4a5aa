// The mappers against the real API corpus: every JSON file, then regions, languages and news.
#include "core/api/mappers.h"
#include "corpus.h"
#include "test_mappers_support.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

using namespace integreat;
using namespace integreat::api;
using integreat::testing::corpusJson;
using namespace Qt::StringLiterals;

namespace {

struct Summary
{
    bool mapped = false; ///< a mapper exists for the file's kind
    QString error;
    QStringList warnings;
    qsizetype count = 0;
};

template <class T> Summary summarize(const MapResult<T> &result)
{
    return {true, result.error, result.warnings, result.items.size()};
}

/// Maps a corpus file with the mapper its name says it is for (endpoint names in manifest.tsv).
Summary mapByKind(const QString &relativePath, const QJsonDocument &doc)
{
    const QString name = QFileInfo(relativePath).fileName();
    if (name.startsWith(u"regions"))
        return summarize(mapRegions(doc));
    if (name.endsWith(u"_languages.json"))
        return summarize(mapLanguages(doc));
    if (name.contains(u"_location_categories"))
        return summarize(mapPlaceCategories(doc));
    if (name.contains(u"_locations"))
        return summarize(mapPlaces(doc));
    if (name.contains(u"_events"))
        return summarize(mapEvents(doc));
    if (name.contains(u"_imprint"))
        return summarize(mapImprint(doc));
    if (name.contains(u"_fcm"))
        return summarize(mapNews(doc));
    if (name.contains(u"_pages") || name.contains(u"_children") || name.contains(u"_page_"))
        return summarize(mapPages(doc));
    return {};
}

/// Corpus JSON that is not content for a mapper: offers (read from pages' embedded offers
/// elsewhere), pushpage replies, the short-lived JSON social endpoint.
bool isNotMapperData(const QString &name)
{
    return name.contains(u"offers") || name.contains(u"pushpage") || name.contains(u"social");
}

template <class T, class Pred> const T *findItem(const QList<T> &items, Pred pred)
{
    const auto it = std::find_if(items.cbegin(), items.cend(), pred);
    return it == items.cend() ? nullptr : &*it;
}

const model::Region *regionBySlug(const QList<model::Region> &regions, const QString &slug)
{
    return findItem(regions, [&](const model::Region &r) { return r.slug == slug; });
}

} // namespace

TEST_CASE(
    "mappers: every JSON file of the API corpus maps with its mapper, without errors or warnings",
    "[mappers][corpus]")
{
    INTEGREAT_REQUIRE_CORPUS();
    const QMap<QString, int> statuses = testing::corpusStatuses();
    const QDir base(testing::corpusDir() + u"/expected-outputs"_s);
    QDirIterator files(base.path(), {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    int mappedFiles = 0;
    while (files.hasNext()) {
        const QString relativePath = base.relativeFilePath(files.next());
        INFO("file: " << relativePath.toStdString());
        const QJsonDocument doc = corpusJson(relativePath);
        const Summary summary = mapByKind(relativePath, doc);
        if (!summary.mapped) {
            CHECK(isNotMapperData(relativePath)); // a new corpus file nobody has classified
            continue;
        }
        ++mappedFiles;
        REQUIRE(statuses.contains(relativePath));
        INFO("error: " << summary.error.toStdString());
        INFO("warnings: " << summary.warnings.join(u" | "_s).toStdString());
        if (statuses.value(relativePath) == 200) {
            CHECK(summary.error.isEmpty());
            CHECK(summary.warnings.isEmpty());
            const qsizetype expected = doc.isArray() ? doc.array().size() : 1;
            CHECK(summary.count == expected);
        } else { // the 404 bodies: {"error": "..."}
            CHECK(summary.error.startsWith(u"server said: "_s));
            CHECK(summary.count == 0);
        }
    }
    CHECK(mappedFiles >= 40);
}

TEST_CASE("mappers: regions list maps names, flags, hidden regions, aliases, box and languages",
          "[mappers][regions]")
{
    INTEGREAT_REQUIRE_CORPUS();
    const auto result = mapRegions(corpusJson(u"regions.json"_s));
    REQUIRE(result.ok());
    REQUIRE(result.items.size() == 5);

    const model::Region *augsburg = regionBySlug(result.items, u"augsburg"_s);
    REQUIRE(augsburg);
    CHECK(augsburg->id == 1);
    CHECK(augsburg->name == u"Stadt Augsburg"_s);
    CHECK(augsburg->prefix == u"Stadt"_s);
    CHECK(augsburg->nameWithoutPrefix == u"Augsburg"_s);
    CHECK(augsburg->postalCode == u"86150"_s);
    CHECK(augsburg->live);
    CHECK(augsburg->eventsEnabled);
    CHECK(augsburg->placesEnabled);
    CHECK(augsburg->localNewsEnabled);
    CHECK(augsburg->externalNewsEnabled);
    CHECK(augsburg->offersEnabled);
    CHECK_FALSE(augsburg->chatEnabled); // this vintage has no is_chat_enabled
    REQUIRE(augsburg->center);
    CHECK(augsburg->center->latitude == Approx(48.36882));
    CHECK(augsburg->center->longitude == Approx(10.8958715));
    REQUIRE(augsburg->boundingBox);
    CHECK(augsburg->boundingBox->west == Approx(10.7633615));
    CHECK(augsburg->boundingBox->south == Approx(48.2581444));
    CHECK(augsburg->boundingBox->east == Approx(10.9593328));
    CHECK(augsburg->boundingBox->north == Approx(48.4586541));
    REQUIRE(augsburg->aliases.size() == 4);
    const auto *mering = findItem(augsburg->aliases,
                                  [](const model::RegionAlias &a) { return a.name == u"Mering"; });
    REQUIRE(mering);
    REQUIRE(mering->point);
    CHECK(mering->point->latitude == Approx(48.267229));
    CHECK(mering->point->longitude == Approx(10.988462));
    REQUIRE(augsburg->languages.size() == 4);
    CHECK(augsburg->languages[2].code == u"ar"_s);
    CHECK(augsburg->languages[2].rightToLeft);
    CHECK_FALSE(augsburg->languages[0].rightToLeft);

    const model::Region *hallo = regionBySlug(result.items, u"hallo"_s);
    const model::Region *test = regionBySlug(result.items, u"testumgebung"_s);
    REQUIRE(hallo);
    REQUIRE(test);
    CHECK_FALSE(hallo->live);
    CHECK_FALSE(test->live);
    CHECK(hallo->prefix.isEmpty());
    CHECK(hallo->name == u"hallo aschaffenburg"_s);
    CHECK(test->postalCode == u"00000"_s);
    CHECK(test->aliases.isEmpty());

    const model::Region *nurnberg = regionBySlug(result.items, u"nurnberg"_s);
    REQUIRE(nurnberg);
    CHECK(nurnberg->name == u"Nürnberg"_s); // \u-escaped here, raw UTF-8 in regions_nurnberg
    CHECK_FALSE(nurnberg->placesEnabled);
    CHECK_FALSE(nurnberg->externalNewsEnabled);
    const auto single = mapRegions(corpusJson(u"regions_nurnberg.json"_s));
    REQUIRE(single.items.size() == 1);
    CHECK(single.items[0].name == nurnberg->name);
}

TEST_CASE("mappers: single-region documents map to one region – berlin's empty box is no box",
          "[mappers][regions]")
{
    INTEGREAT_REQUIRE_CORPUS();
    const auto augsburg = mapRegions(corpusJson(u"regions_augsburg.json"_s));
    REQUIRE(augsburg.ok());
    REQUIRE(augsburg.items.size() == 1);
    CHECK(augsburg.items[0].chatEnabled);

    const auto berlin = mapRegions(corpusJson(u"regions_berlin.json"_s));
    REQUIRE(berlin.items.size() == 1);
    const model::Region &region = berlin.items[0];
    CHECK(region.slug == u"berlin"_s);
    CHECK_FALSE(region.boundingBox.has_value());
    REQUIRE(region.center); // swapped in the test data; the mapper keeps what was sent
    CHECK(region.center->latitude == Approx(13.404954));
    CHECK(region.aliases.isEmpty());
    REQUIRE(region.languages.size() == 4);
    CHECK(region.languages[0].code == u"en"_s); // order as sent
    CHECK_FALSE(region.chatEnabled);
}

TEST_CASE("mappers: legacy regions: no live flag means live, aliases also as a JSON-encoded string",
          "[mappers][regions]")
{
    INTEGREAT_REQUIRE_CORPUS();
    const QJsonDocument doc = corpusJson(u"legacy/regions_live.json"_s);
    const auto result = mapRegions(doc);
    REQUIRE(result.ok());
    REQUIRE(result.items.size() == 2);
    CHECK(result.items[0].live);
    CHECK(result.items[1].name == u"Nationalparklandkreis Nürnberg"_s);
    CHECK(result.items[0].aliases.size() == 4);
    CHECK(result.items[0].languages.isEmpty());

    // api.md: the 2022 CMS sent aliases as a string of JSON. The stored file has objects, so
    // re-encode them the 2022 way and expect the very same aliases.
    QJsonArray regions = doc.array();
    for (qsizetype i = 0; i < regions.size(); ++i) {
        QJsonObject region = regions[i].toObject();
        const QJsonObject aliases = region.value("aliases"_L1).toObject();
        region.insert("aliases"_L1, QString::fromUtf8(QJsonDocument(aliases).toJson()));
        regions[i] = region;
    }
    const auto fromStrings = mapRegions(QJsonDocument(regions));
    REQUIRE(fromStrings.ok());
    CHECK(fromStrings.warnings.isEmpty());
    REQUIRE(fromStrings.items.size() == 2);
    CHECK(fromStrings.items[0].aliases == result.items[0].aliases);
    CHECK(fromStrings.items[1].aliases == result.items[1].aliases);
    REQUIRE(fromStrings.items[1].aliases.size() == 1);
    CHECK(fromStrings.items[1].aliases[0].name == u"Nuernberg"_s);
}

TEST_CASE("mappers: languages map code, tag, native name and writing direction",
          "[mappers][languages]")
{
    INTEGREAT_REQUIRE_CORPUS();
    const auto result = mapLanguages(corpusJson(u"augsburg_languages.json"_s));
    REQUIRE(result.ok());
    REQUIRE(result.items.size() == 4);
    const model::Language &ar = result.items[2];
    CHECK(ar.code == u"ar"_s);
    CHECK(ar.bcp47Tag == u"ar-arb"_s);
    CHECK(ar.nativeName == u"العربية"_s);
    CHECK(ar.rightToLeft);
    CHECK(result.items[3].code == u"fa"_s);
    CHECK(result.items[3].rightToLeft);
    CHECK(result.items[0].code == u"de"_s);
    CHECK(result.items[0].nativeName == u"Deutsch"_s);
    CHECK_FALSE(result.items[0].rightToLeft);
    CHECK_FALSE(result.items[1].rightToLeft);
}

TEST_CASE("mappers: the 2022 fcm sample maps to local news with UTC timestamps", "[mappers][news]")
{
    INTEGREAT_REQUIRE_CORPUS();
    const auto de = mapNews(corpusJson(u"legacy/fcm-2022-05/nurnberg_de_fcm.json"_s));
    REQUIRE(de.ok());
    REQUIRE(de.items.size() == 1);
    const model::NewsItem &item = de.items[0];
    CHECK(item.id == u"local-1"_s);
    CHECK(item.source == u"local"_s);
    CHECK(item.title == u"Test DE"_s);
    CHECK(item.content == u"Test DE Inhalt"_s);
    CHECK(item.channel == u"news"_s);
    const QDateTime expected(QDate(2022, 3, 5), QTime(11, 31, 33), Qt::UTC);
    CHECK(item.lastUpdated == expected);
    CHECK(item.displayDate == expected);
    CHECK(item.availableLanguages.isEmpty());

    const auto en = mapNews(corpusJson(u"legacy/fcm-2022-05/nurnberg_en_fcm.json"_s));
    REQUIRE(en.items.size() == 1);
    CHECK(en.items[0].id == u"local-2"_s);

    const auto current = mapNews(corpusJson(u"nurnberg_de_fcm.json"_s));
    CHECK(current.ok());
    CHECK(current.items.isEmpty());
}
