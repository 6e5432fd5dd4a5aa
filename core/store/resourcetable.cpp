#include "core/store/resourcetable.h"

#include "core/store/database.h"
#include "core/store/jsoncodec.h"

namespace integreat::store {

using namespace Qt::StringLiterals;

namespace {

const QString kColumns = u"url, file, etag, last_modified, content_type, bytes, max_age, "
                         u"fetched_at, checked_at, failures, last_error"_s;

ResourceRecord readRecord(const Statement &row)
{
    ResourceRecord record;
    record.url = row.columnText(0);
    record.file = row.columnText(1);
    record.etag = row.columnText(2).toLatin1();
    record.lastModified = row.columnText(3).toLatin1();
    record.contentType = row.columnText(4);
    record.bytes = row.columnInt64(5);
    record.maxAgeSeconds = row.columnOptionalInt64(6);
    record.fetchedAt = codec::fromIso(row.columnText(7));
    record.checkedAt = codec::fromIso(row.columnText(8));
    record.failures = row.columnInt(9);
    record.lastError = row.columnText(10);
    return record;
}

// (region, is_html, text) of everything that may refer to a resource.
const QString kSources =
    u"SELECT region, 1, content FROM pages WHERE content <> '' "
    u"UNION ALL SELECT region, 0, thumbnail FROM pages WHERE thumbnail <> '' "
    u"UNION ALL SELECT region, 1, content FROM events WHERE content <> '' "
    u"UNION ALL SELECT region, 0, thumbnail FROM events WHERE thumbnail <> '' "
    u"UNION ALL SELECT region, 1, content FROM places WHERE content <> '' "
    u"UNION ALL SELECT region, 0, thumbnail FROM places WHERE thumbnail <> '' "
    u"UNION ALL SELECT region, 0, json_extract(category, '$.iconUrl') FROM places "
    u"WHERE json_valid(category) AND json_extract(category, '$.iconUrl') <> '' "
    u"UNION ALL SELECT region, 0, icon_url FROM place_categories WHERE icon_url <> '' "
    u"UNION ALL SELECT region, 1, content FROM news WHERE content <> '' "
    u"UNION ALL SELECT region, 1, content FROM imprints WHERE content <> '' "
    u"UNION ALL SELECT p.region, 0, json_extract(o.value, '$.thumbnail') "
    u"FROM pages p, json_each(p.offers) o WHERE json_valid(p.offers) "
    u"AND json_extract(o.value, '$.thumbnail') <> ''"_s;

} // namespace

ResourceTable::ResourceTable(Database &db)
    : m_db(db)
{
}

QHash<QString, ResourceRecord> ResourceTable::all() const
{
    QHash<QString, ResourceRecord> records;
    Statement query = m_db.prepare(u"SELECT %1 FROM resources"_s.arg(kColumns));
    while (query.step()) {
        ResourceRecord record = readRecord(query);
        records.insert(record.url, std::move(record));
    }
    return records;
}

std::optional<ResourceRecord> ResourceTable::find(const QString &url) const
{
    Statement query = m_db.prepare(u"SELECT %1 FROM resources WHERE url = ?1"_s.arg(kColumns));
    query.bind(1, url);
    if (!query.step())
        return std::nullopt;
    return readRecord(query);
}

void ResourceTable::saveFetched(const ResourceRecord &record)
{
    const QString now = codec::toIso(record.fetchedAt.isValid() ? record.fetchedAt
                                                                : QDateTime::currentDateTimeUtc());
    Statement upsert = m_db.prepare(
        u"INSERT INTO resources (url, file, etag, last_modified, content_type, bytes, max_age, "
        u"fetched_at, checked_at, failures, last_error) "
        u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, 0, NULL) ON CONFLICT (url) DO UPDATE SET "
        u"file = excluded.file, etag = excluded.etag, last_modified = excluded.last_modified, "
        u"content_type = excluded.content_type, bytes = excluded.bytes, "
        u"max_age = excluded.max_age, fetched_at = excluded.fetched_at, "
        u"checked_at = excluded.checked_at, failures = 0, last_error = NULL"_s);
    upsert.bindAll(record.url, record.file, QString::fromLatin1(record.etag),
                   QString::fromLatin1(record.lastModified), record.contentType, record.bytes);
    upsert.bind(7, record.maxAgeSeconds);
    upsert.bind(8, now);
    upsert.exec();
}

void ResourceTable::saveNotModified(const QString &url, const QDateTime &when,
                                    std::optional<qint64> maxAgeSeconds, const QByteArray &etag,
                                    const QByteArray &lastModified)
{
    Statement update =
        m_db.prepare(u"UPDATE resources SET checked_at = ?2, max_age = ?3, "
                     u"etag = CASE WHEN ?4 <> '' THEN ?4 ELSE etag END, "
                     u"last_modified = CASE WHEN ?5 <> '' THEN ?5 ELSE last_modified END, "
                     u"failures = 0, last_error = NULL WHERE url = ?1"_s);
    update.bindAll(url, codec::toIso(when.isValid() ? when : QDateTime::currentDateTimeUtc()));
    update.bind(3, maxAgeSeconds);
    update.bind(4, QString::fromLatin1(etag));
    update.bind(5, QString::fromLatin1(lastModified));
    update.exec();
}

void ResourceTable::saveFetched(const QList<ResourceRecord> &records)
{
    Transaction transaction(m_db);
    for (const ResourceRecord &record : records)
        saveFetched(record);
    transaction.commit();
}

void ResourceTable::saveFailure(const QString &url, const QString &file, const QString &error)
{
    m_db.prepare(u"INSERT INTO resources (url, file, failures, last_error) VALUES (?1, ?2, 1, ?3) "
                 u"ON CONFLICT (url) DO UPDATE SET failures = failures + 1, "
                 u"last_error = excluded.last_error"_s)
        .bindAll(url, file, error)
        .exec();
}

int ResourceTable::remove(const QStringList &urls)
{
    if (urls.isEmpty())
        return 0;
    Transaction transaction(m_db);
    Statement erase = m_db.prepare(u"DELETE FROM resources WHERE url = ?1"_s);
    const qint64 before = m_db.totalChanges();
    for (const QString &url : urls)
        erase.bind(1, url).exec();
    const qint64 removed = m_db.totalChanges() - before;
    transaction.commit();
    return int(removed);
}

ResourceStats ResourceTable::stats() const
{
    Statement query = m_db.prepare(
        u"SELECT count(*) FILTER (WHERE fetched_at IS NOT NULL), "
        u"coalesce(sum(bytes) FILTER (WHERE fetched_at IS NOT NULL), 0), "
        u"count(*) FILTER (WHERE fetched_at IS NULL AND failures > 0) FROM resources"_s);
    ResourceStats stats;
    if (query.step()) {
        stats.count = query.columnInt64(0);
        stats.bytes = query.columnInt64(1);
        stats.failed = query.columnInt64(2);
    }
    return stats;
}

void ResourceTable::forEachSource(const std::function<void(const ResourceSource &)> &visit) const
{
    Transaction snapshot(m_db, Transaction::Mode::Read);
    Statement query = m_db.prepare(kSources);
    ResourceSource source;
    while (query.step()) {
        source.region = query.columnText(0);
        source.isHtml = query.columnInt(1) != 0;
        source.text = query.columnText(2);
        visit(source);
    }
}

} // namespace integreat::store
