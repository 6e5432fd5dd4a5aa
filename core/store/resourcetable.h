#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <functional>
#include <optional>

namespace integreat::store {

class Database;

/// One row of the resource cache: a URL and the file that holds its body.
struct ResourceRecord
{
    QString url;  ///< fully encoded, without fragment (the key)
    QString file; ///< file name inside the resource folder (content::resourceFileName)
    QByteArray etag;
    QByteArray lastModified; ///< the server's Last-Modified, verbatim
    QString contentType;
    qint64 bytes = 0;
    std::optional<qint64> maxAgeSeconds; ///< the server's Cache-Control max-age; nullopt: none
    QDateTime fetchedAt;                 ///< last 200; invalid: never downloaded (no file)
    QDateTime checkedAt;                 ///< last 200 or 304
    int failures = 0;                    ///< failed attempts since the last success
    QString lastError;

    bool isCached() const { return fetchedAt.isValid() && !file.isEmpty(); }
};

/// What the cache holds, for `status`.
struct ResourceStats
{
    qint64 count = 0;  ///< downloaded files
    qint64 bytes = 0;  ///< their size
    qint64 failed = 0; ///< referenced once, never downloaded yet (tried again on the next sync)
};

/// A place where stored content may refer to a resource.
struct ResourceSource
{
    QString region;
    QString text; ///< HTML to scan, or a single URL
    bool isHtml = true;
};

/// The `resources` table (schema version 2), on the caller's connection. Single writes run in
/// their own (autocommit) transaction unless the caller holds one. Errors throw StoreError.
class ResourceTable final
{
public:
    explicit ResourceTable(Database &db);
    Q_DISABLE_COPY_MOVE(ResourceTable)

    /// Every row, keyed by URL.
    QHash<QString, ResourceRecord> all() const;
    std::optional<ResourceRecord> find(const QString &url) const;

    /// After a 200: the file now holds the body; clears the failures.
    void saveFetched(const ResourceRecord &record);
    /// saveFetched() for each record, in one transaction.
    void saveFetched(const QList<ResourceRecord> &records);
    /// After a 304: the file is still good. Empty validators keep the stored ones; a null
    /// maxAge clears it (the server said nothing this time).
    void saveNotModified(const QString &url, const QDateTime &when,
                         std::optional<qint64> maxAgeSeconds, const QByteArray &etag,
                         const QByteArray &lastModified);
    /// After a failed attempt: counts it and keeps the error; a file downloaded earlier stays.
    void saveFailure(const QString &url, const QString &file, const QString &error);
    /// Deletes the rows (one transaction); returns how many there were.
    int remove(const QStringList &urls);

    ResourceStats stats() const;

    /// Calls `visit` for every stored text that may refer to resources, in one read snapshot:
    /// the HTML of pages, events, places, news and imprints (every region and language), page,
    /// event and place thumbnails, and place category icons. `visit` must not write.
    void forEachSource(const std::function<void(const ResourceSource &)> &visit) const;

private:
    Database &m_db;
};

} // namespace integreat::store
