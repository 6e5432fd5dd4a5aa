#include "core/store/regiontable.h"

#include "core/store/contentrows.h"
#include "core/store/database.h"
#include "core/store/jsoncodec.h"

#include <QHash>
#include <QSet>

namespace integreat::store {

using namespace Qt::StringLiterals;

namespace {

const QString kUpsertLanguage =
    u"INSERT INTO languages (region, code, bcp47, native_name, rtl, position) "
    u"VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (region, code) DO UPDATE SET "
    u"bcp47 = excluded.bcp47, native_name = excluded.native_name, rtl = excluded.rtl, "
    u"position = excluded.position WHERE bcp47 IS NOT excluded.bcp47 OR native_name IS NOT "
    u"excluded.native_name OR rtl IS NOT excluded.rtl OR position IS NOT excluded.position"_s;

} // namespace

void RegionTable::save(Database &db, const QList<model::Region> &regions, const QDateTime &now)
{
    std::optional<Statement> upsertRegion;
    Statement upsertLanguage = db.prepare(kUpsertLanguage);
    Statement storedLanguages = db.prepare(u"SELECT code FROM languages WHERE region = ?1"_s);
    Statement deleteLanguage =
        db.prepare(u"DELETE FROM languages WHERE region = ?1 AND code = ?2"_s);
    const QString updatedAt = codec::toIso(now);

    for (const model::Region &region : regions) {
        const Row row = rows::region(region);
        if (!upsertRegion) {
            QStringList columns, placeholders, updates;
            for (const char *c : row.columns()) {
                const QString column = QString::fromLatin1(c);
                columns << column;
                placeholders << u"?%1"_s.arg(placeholders.size() + 1);
                if (column != u"slug")
                    updates << u"%1 = excluded.%1"_s.arg(column);
            }
            const int n = int(columns.size());
            upsertRegion.emplace(db.prepare(
                u"INSERT INTO regions (%1, fingerprint, updated_at) VALUES (%2, ?%3, ?%4) "
                u"ON CONFLICT (slug) DO UPDATE SET %5, fingerprint = excluded.fingerprint, "
                u"updated_at = excluded.updated_at "
                u"WHERE fingerprint IS NOT excluded.fingerprint"_s.arg(
                    columns.join(u", "), placeholders.join(u", "), QString::number(n + 1),
                    QString::number(n + 2), updates.join(u", "))));
        }
        row.bindTo(*upsertRegion);
        upsertRegion->bind(int(row.values().size()) + 1, row.fingerprint());
        upsertRegion->bind(int(row.values().size()) + 2, updatedAt);
        upsertRegion->exec();

        QSet<QString> listed;
        for (qsizetype i = 0; i < region.languages.size(); ++i) {
            const model::Language &language = region.languages.at(i);
            if (listed.contains(language.code))
                continue;
            listed.insert(language.code);
            rows::language(region.slug, language, int(i)).bindTo(upsertLanguage);
            upsertLanguage.exec();
        }
        QStringList stale;
        storedLanguages.bind(1, region.slug);
        while (storedLanguages.step()) {
            const QString code = storedLanguages.columnText(0);
            if (!listed.contains(code))
                stale.append(code);
        }
        storedLanguages.reset();
        for (const QString &code : stale)
            deleteLanguage.bindAll(region.slug, code).exec();
    }
}

void RegionTable::saveLanguage(Database &db, const QString &region, const model::Language &language)
{
    Statement position =
        db.prepare(u"SELECT (SELECT position FROM languages WHERE region = ?1 AND code = ?2), "
                   u"(SELECT coalesce(max(position) + 1, 0) FROM languages WHERE region = ?1), "
                   u"EXISTS (SELECT 1 FROM regions WHERE slug = ?1)"_s);
    position.bindAll(region, language.code);
    if (!position.step() || !position.columnBool(2))
        return; // unknown region: its languages arrive with saveRegions()
    const int at = int(position.columnOptionalInt64(0).value_or(position.columnInt64(1)));
    position.reset();
    Statement upsert = db.prepare(kUpsertLanguage);
    rows::language(region, language, at).bindTo(upsert);
    upsert.exec();
}

QList<model::Region> RegionTable::load(Database &db, const std::optional<QString> &slug)
{
    const QString where = slug ? u"WHERE slug = ?1"_s : QString();
    Statement query = db.prepare(
        u"SELECT slug, id, name, prefix, name_without_prefix, postal_code, live, events_enabled, "
        u"places_enabled, local_news_enabled, external_news_enabled, offers_enabled, chat_enabled, "
        u"chat_privacy_url, "
        u"center_latitude, center_longitude, bbox_west, bbox_south, bbox_east, bbox_north, aliases "
        u"FROM regions %1 ORDER BY name_without_prefix COLLATE NOCASE, name, slug"_s.arg(where));
    if (slug)
        query.bind(1, *slug);
    QList<model::Region> regions;
    QHash<QString, qsizetype> bySlug;
    while (query.step()) {
        int i = 0;
        model::Region r;
        r.slug = query.columnText(i++);
        r.id = query.columnInt(i++);
        r.name = query.columnText(i++);
        r.prefix = query.columnText(i++);
        r.nameWithoutPrefix = query.columnText(i++);
        r.postalCode = query.columnText(i++);
        r.live = query.columnBool(i++);
        r.eventsEnabled = query.columnBool(i++);
        r.placesEnabled = query.columnBool(i++);
        r.localNewsEnabled = query.columnBool(i++);
        r.externalNewsEnabled = query.columnBool(i++);
        r.offersEnabled = query.columnBool(i++);
        r.chatEnabled = query.columnBool(i++);
        r.chatPrivacyUrl = query.columnText(i++);
        const auto latitude = query.columnOptionalDouble(i++);
        const auto longitude = query.columnOptionalDouble(i++);
        if (latitude && longitude)
            r.center = model::GeoPoint{*latitude, *longitude};
        const auto west = query.columnOptionalDouble(i++);
        const auto south = query.columnOptionalDouble(i++);
        const auto east = query.columnOptionalDouble(i++);
        const auto north = query.columnOptionalDouble(i++);
        if (west && south && east && north)
            r.boundingBox = model::BoundingBox{*west, *south, *east, *north};
        r.aliases = codec::aliasesFromJson(query.columnText(i++));
        bySlug.insert(r.slug, regions.size());
        regions.append(r);
    }
    if (regions.isEmpty())
        return regions;

    Statement languages = db.prepare(
        u"SELECT region, code, bcp47, native_name, rtl FROM languages %1 "
        u"ORDER BY region, position, code"_s.arg(slug ? u"WHERE region = ?1"_s : QString()));
    if (slug)
        languages.bind(1, *slug);
    while (languages.step()) {
        const auto index = bySlug.value(languages.columnText(0), -1);
        if (index < 0)
            continue;
        regions[index].languages.append({languages.columnText(1), languages.columnText(2),
                                         languages.columnText(3), languages.columnBool(4)});
    }
    return regions;
}

} // namespace integreat::store
