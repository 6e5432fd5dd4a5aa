#include "core/store/database.h"
#include "core/store/jsoncodec.h"
#include "core/store/store.h"

// Store's reads of what is stored and when it was synced (status and its cheap parts).

namespace integreat::store {

using namespace Qt::StringLiterals;

QList<Store::RegionStatus> Store::status() const
{
    Statement query = m_db->prepare(
        u"WITH keys AS (SELECT region, language FROM sync_state "
        u"UNION SELECT region, language FROM pages UNION SELECT region, language FROM events "
        u"UNION SELECT region, language FROM places UNION SELECT region, language FROM news "
        u"UNION SELECT region, language FROM imprints) "
        u"SELECT k.region, coalesce(nullif(r.name, ''), k.region), k.language, "
        u"(SELECT count(*) FROM pages p WHERE p.region = k.region AND p.language = k.language), "
        u"(SELECT count(*) FROM events e WHERE e.region = k.region AND e.language = k.language), "
        u"(SELECT count(*) FROM places p WHERE p.region = k.region AND p.language = k.language), "
        u"(SELECT count(*) FROM news n WHERE n.region = k.region AND n.language = k.language), "
        u"s.last_success, s.last_attempt, s.last_error "
        u"FROM keys k LEFT JOIN regions r ON r.slug = k.region "
        u"LEFT JOIN sync_state s ON s.region = k.region AND s.language = k.language "
        u"LEFT JOIN languages l ON l.region = k.region AND l.code = k.language "
        u"ORDER BY coalesce(nullif(r.name_without_prefix, ''), k.region) COLLATE NOCASE, k.region, "
        u"l.position IS NULL, l.position, k.language"_s);
    QList<RegionStatus> regions;
    while (query.step()) {
        const QString slug = query.columnText(0);
        if (regions.isEmpty() || regions.constLast().slug != slug)
            regions.append({slug, query.columnText(1), {}});
        LanguageStatus language;
        language.code = query.columnText(2);
        language.pages = query.columnInt(3);
        language.events = query.columnInt(4);
        language.places = query.columnInt(5);
        language.news = query.columnInt(6);
        language.lastSuccess = codec::fromIso(query.columnText(7));
        language.lastAttempt = codec::fromIso(query.columnText(8));
        language.lastError = query.columnText(9);
        regions.last().languages.append(language);
    }
    return regions;
}

namespace {
// (region, language) keys that may hold content: every sync writes sync_state, every known
// region lists its languages; a key counts as stored with pages or a successful sync.
QString storedKeys()
{
    return u"WITH keys AS (SELECT region, language FROM sync_state "
           u"UNION SELECT region, code FROM languages), "
           u"stored AS (SELECT k.region, k.language FROM keys k WHERE "
           u"EXISTS (SELECT 1 FROM sync_state s WHERE s.region = k.region AND s.language = "
           u"k.language "
           u"AND s.last_success IS NOT NULL) OR "
           u"EXISTS (SELECT 1 FROM pages p WHERE p.region = k.region AND p.language = k.language)) "_s;
}
} // namespace

QStringList Store::storedRegions() const
{
    Statement query = m_db->prepare(
        storedKeys() + u"SELECT DISTINCT s.region, "
                       u"coalesce(nullif(r.name_without_prefix, ''), s.region) COLLATE NOCASE AS o "
                       u"FROM stored s LEFT JOIN regions r ON r.slug = s.region "
                       u"ORDER BY o, s.region"_s);
    QStringList regions;
    while (query.step())
        regions.append(query.columnText(0));
    return regions;
}

QStringList Store::storedLanguages(const QString &region) const
{
    Statement query = m_db->prepare(
        storedKeys() + u"SELECT s.language FROM stored s LEFT JOIN languages l "
                       u"ON l.region = s.region AND l.code = s.language WHERE s.region = ?1 "
                       u"ORDER BY l.position IS NULL, l.position, s.language"_s);
    query.bind(1, region);
    QStringList languages;
    while (query.step())
        languages.append(query.columnText(0));
    return languages;
}

QList<model::ContentKey> Store::storedContent() const
{
    QList<model::ContentKey> keys;
    for (const QString &region : storedRegions()) {
        for (const QString &language : storedLanguages(region))
            keys.append({region, language});
    }
    return keys;
}

QDateTime Store::lastSync(const model::ContentKey &key) const
{
    Statement query =
        m_db->prepare(u"SELECT last_success FROM sync_state WHERE region = ?1 AND language = ?2"_s);
    query.bindAll(key.region, key.language);
    return query.step() ? codec::fromIso(query.columnText(0)) : QDateTime();
}

} // namespace integreat::store
