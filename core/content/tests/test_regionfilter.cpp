// Region search and nearby (core/content/regionfilter.h) against the official app's own cases
// (../shared/conformance/official-app/regions-filter.json, read at run time), plus the cases a
// user of the region picker meets: umlauts, ß, aliases, dashes, hidden regions.
#include "conformance.h"
#include "core/content/regionfilter.h"
#include "core/content/regionindex.h"
#include "corpus.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <string>

using namespace integreat;
using namespace integreat::content;
using namespace Qt::StringLiterals;

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &l)
    {
        return '[' + l.join(u", "_s).toStdString() + ']';
    }
};
} // namespace Catch

namespace {

/// The cases of `kind`, or nothing (with a SKIPPED line) when the vectors are absent.
QList<QJsonObject> cases(const QString &kind)
{
    return testing::conformanceCases(u"regions-filter.json"_s, kind);
}

std::optional<model::GeoPoint> pointOf(const QJsonObject &o)
{
    if (!o.contains("latitude"_L1) || !o.contains("longitude"_L1))
        return std::nullopt;
    return model::GeoPoint{o.value("latitude"_L1).toDouble(), o.value("longitude"_L1).toDouble()};
}

/// A fixture region; `key` (index or id) goes into the slug so results can be identified.
model::Region regionOf(const QJsonObject &o, const QString &key)
{
    model::Region r;
    r.slug = key;
    r.name = o.value("name"_L1).toString();
    r.nameWithoutPrefix = o.value("sortingName"_L1).toString();
    r.prefix = o.value("prefix"_L1).toString();
    r.live = o.value("live"_L1).toBool(true);
    r.center = pointOf(o);
    const QJsonObject aliases = o.value("aliases"_L1).toObject();
    for (auto it = aliases.begin(); it != aliases.end(); ++it)
        r.aliases.append({it.key(), pointOf(it.value().toObject())});
    return r;
}

QStringList slugs(const QList<model::Region> &regions)
{
    QStringList out;
    for (const model::Region &r : regions)
        out << r.slug;
    return out;
}

model::Region region(const QString &slug, const QString &prefix, const QString &sortingName,
                     QStringList aliases = {}, bool live = true)
{
    model::Region r;
    r.slug = slug;
    r.prefix = prefix;
    r.nameWithoutPrefix = sortingName;
    r.name = prefix.isEmpty() ? sortingName : prefix + u' ' + sortingName;
    r.live = live;
    for (const QString &a : aliases)
        r.aliases.append({a, std::nullopt});
    return r;
}

} // namespace

TEST_CASE("regionfilter: every filterSortRegions case of the official app", "[regionfilter]")
{
    for (const QJsonObject &c : cases(u"filterSortRegions"_s)) {
        const QString source = c.value("source"_L1).toString();
        const QString query = c.value("query"_L1).toString();
        INFO(source.toStdString() << " / query \"" << query.toStdString() << '"');
        QList<model::Region> regions;
        for (const QJsonValue v : c.value("regions"_L1).toArray()) {
            const QJsonObject o = v.toObject();
            regions << regionOf(o, QString::number(o.value("index"_L1).toInt()));
        }
        QStringList expected;
        for (const QJsonValue v : c.value("expected_region_indices_in_order"_L1).toArray())
            expected << QString::number(v.toInt());
        const bool developerFriendly = c.value("developerFriendly"_L1).toBool();
        CHECK(slugs(filterRegions(regions, query, developerFriendly)) == expected);
    }
}

TEST_CASE("regionfilter: every getNearbyRegions case of the official app", "[regionfilter]")
{
    for (const QJsonObject &c : cases(u"getNearbyRegions"_s)) {
        INFO(c.value("source"_L1).toString().toStdString());
        QList<model::Region> regions;
        for (const QJsonValue v : c.value("regions"_L1).toArray())
            regions << regionOf(v.toObject(), v.toObject().value("id"_L1).toString());
        const QJsonObject at = c.value("user_location"_L1).toObject();
        QStringList expected;
        for (const QJsonValue v : c.value("expected_region_ids_in_order"_L1).toArray())
            expected << v.toString();
        CHECK(slugs(nearbyRegions(regions, at.value("latitude"_L1).toDouble(),
                                  at.value("longitude"_L1).toDouble())) == expected);
    }
}

TEST_CASE("regionfilter: every findRegionName case of the official app", "[regionfilter]")
{
    for (const QJsonObject &c : cases(u"findRegionName"_s)) {
        QList<model::Region> regions;
        for (const QJsonValue v : c.value("regions"_L1).toArray()) {
            const QJsonObject o = v.toObject();
            regions << regionOf(o, o.value("code"_L1).toString());
        }
        CHECK(regionName(regions, c.value("code"_L1).toString()) ==
              c.value("expected"_L1).toString());
    }
}

TEST_CASE("regionfilter: umlauts accents and sharp s match either way", "[regionfilter]")
{
    const QList<model::Region> regions{
        region(u"nurnberg"_s, u"Stadt"_s, u"Nürnberg"_s, {u"Nuernberg"_s}),
        region(u"giessen"_s, u"Landkreis"_s, u"Gießen"_s),
        region(u"sao"_s, u""_s, u"São Tomé"_s),
    };
    CHECK(slugs(filterRegions(regions, u"nurn"_s)) == QStringList{u"nurnberg"_s});
    CHECK(slugs(filterRegions(regions, u"NÜRN"_s)) == QStringList{u"nurnberg"_s});
    CHECK(slugs(filterRegions(regions, u"nuern"_s)) == QStringList{u"nurnberg"_s});
    CHECK(slugs(filterRegions(regions, u"giess"_s)) == QStringList{u"giessen"_s});
    CHECK(slugs(filterRegions(regions, u"Gieß"_s)) == QStringList{u"giessen"_s});
    CHECK(slugs(filterRegions(regions, u"sao to"_s)) == QStringList{u"sao"_s});
    CHECK(normalizeRegionText(u"  Straße ÄÖÜ é "_s) == u"strasse aou e"_s);
}

TEST_CASE("regionfilter: an alias finds its region and mid-word text does not", "[regionfilter]")
{
    const QList<model::Region> regions{
        region(u"augsburg"_s, u"Stadt"_s, u"Augsburg"_s, {u"Kissing"_s, u"Mering"_s}),
        region(u"kissingen"_s, u"Landkreis"_s, u"Bad Kissingen"_s),
    };
    CHECK(slugs(filterRegions(regions, u"kissing"_s)) ==
          QStringList{u"augsburg"_s, u"kissingen"_s});
    CHECK(slugs(filterRegions(regions, u"mer"_s)) == QStringList{u"augsburg"_s});
    CHECK(slugs(filterRegions(regions, u"ssing"_s)).isEmpty());
    CHECK(slugs(filterRegions(regions, u"bad kiss"_s)) == QStringList{u"kissingen"_s});
    CHECK(slugs(filterRegions(regions, u"stadt kissing"_s)).isEmpty()); // words of one text
    CHECK(slugs(filterRegions(regions, u"   "_s)).size() == 2);
}

TEST_CASE("regionfilter: hidden regions only with the secret query or when asked", "[regionfilter]")
{
    const QList<model::Region> regions{
        region(u"live"_s, u"Stadt"_s, u"Lebendig"_s),
        region(u"hidden"_s, u"Stadt"_s, u"Versteckt"_s, {}, false),
    };
    CHECK(slugs(filterRegions(regions, u""_s)) == QStringList{u"live"_s});
    CHECK(slugs(filterRegions(regions, u"vers"_s)).isEmpty());
    CHECK(slugs(filterRegions(regions, u"vers"_s, true)) == QStringList{u"hidden"_s});
    CHECK(slugs(filterRegions(regions, u" WirSchaffenDas "_s)) == QStringList{u"hidden"_s});
}

TEST_CASE("regionfilter: nearby skips hidden regions and regions without coordinates",
          "[regionfilter]")
{
    model::Region near = region(u"near"_s, u"Stadt"_s, u"Nah"_s);
    near.center = model::GeoPoint{48.37, 10.89};
    model::Region hidden = region(u"hidden"_s, u"Stadt"_s, u"Versteckt"_s, {}, false);
    hidden.center = model::GeoPoint{48.37, 10.89};
    const model::Region nowhere = region(u"nowhere"_s, u"Stadt"_s, u"Nirgends"_s);
    CHECK(slugs(nearbyRegions({nowhere, hidden, near}, 48.37, 10.89)) == QStringList{u"near"_s});
    CHECK(regionDistanceKm(nowhere, 48.37, 10.89) < 0);
    // Augsburg -> Munich: about 56 km as the crow flies.
    CHECK(distanceKm(48.3705, 10.8978, 48.1372, 11.5755) == Approx(55.6).margin(2.0));
}

TEST_CASE("regionfilter: the prepared index finds what testing every region finds",
          "[regionfilter]")
{
    // 3,000 regions with shared names (the prefix decides), umlauts, aliases and hidden ones.
    const QStringList names{u"Mün"_s, u"Nürn"_s, u"Gieß"_s, u"Bad "_s, u"Ober"_s, u"Saar"_s};
    const QStringList endings{u"chen"_s, u"berg"_s, u"en"_s, u"au"_s, u"feld"_s};
    const QStringList prefixes{u"Stadt"_s, u"Landkreis"_s, QString()};
    QList<model::Region> regions;
    for (int i = 0; i < 3000; ++i) {
        QStringList aliases;
        if (i % 4 == 0)
            aliases << endings.at(i % 5) + u"ort "_s + names.at(i / 4 % 6) << u"Teil %1"_s.arg(i);
        regions << region(u"r%1"_s.arg(i), prefixes.at(i % 3),
                          names.at(i % 6) + endings.at(i / 6 % 5) + u" %1"_s.arg(i / 300), aliases,
                          i % 50 != 7);
    }
    const RegionIndex index(regions);
    for (const QString &query :
         {u""_s, u"m"_s, u"mü"_s, u"MUN"_s, u"giess"_s, u"gieß 3"_s, u"bad"_s, u"bad ob"_s,
          u"teil 12"_s, u"chenort"_s, u"x"_s, u"wirschaffendas"_s}) {
        for (const bool hidden : {false, true}) {
            INFO('"' << query.toStdString() << '"' << (hidden ? " with hidden" : ""));
            QList<model::Region> expected;
            if (isHiddenRegionsQuery(query)) {
                for (const model::Region &r : regions)
                    if (!r.live)
                        expected << r;
            } else {
                for (const model::Region &r : regions)
                    if ((r.live || hidden) && regionMatches(r, query))
                        expected << r;
            }
            sortRegions(expected);
            QStringList found;
            for (const int i : index.filter(query, hidden))
                found << index.regions().at(i).slug;
            CHECK(found == slugs(expected));
            CHECK(slugs(filterRegions(regions, query, hidden)) == slugs(expected));
        }
    }
    // The aliases a query found, only when the name did not match.
    const model::Region augsburg =
        region(u"augsburg"_s, u"Stadt"_s, u"Augsburg"_s,
               {u"Kissing"_s, u"Mering"_s, u"Königsbrunn"_s, u"Kissinger Au"_s, u"Kiss"_s});
    const RegionIndex one({augsburg});
    CHECK(one.matchedAliases(0, regionWords(u"kiss"_s), 3) ==
          QStringList{u"Kissing"_s, u"Kissinger Au"_s, u"Kiss"_s});
    CHECK(one.matchedAliases(0, regionWords(u"kiss"_s), 2) ==
          QStringList{u"Kissing"_s, u"Kissinger Au"_s});
    CHECK(one.matchedAliases(0, regionWords(u"konig"_s), 3) == QStringList{u"Königsbrunn"_s});
    CHECK(one.matchedAliases(0, regionWords(u"augs"_s), 3).isEmpty());
    CHECK(one.matchedAliases(0, {}, 3).isEmpty());
}
