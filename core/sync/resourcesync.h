#pragma once

#include "core/sync/syncreport.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>
#include <chrono>
#include <functional>

namespace integreat::store {
class Store;
struct ResourceRecord;
} // namespace integreat::store

namespace integreat::sync {

struct ResourceOptions
{
    QString directory; ///< where the files go (DataPaths::resourceDir); empty: no resource pass
    int parallel = 6;  ///< requests in flight at once
    /// How long a cached file counts as current when the server said nothing (no max-age).
    std::chrono::seconds freshFor{24 * 3600};
    /// Upper bound on any freshness window, however long the server's max-age.
    std::chrono::seconds maxFreshFor{7 * 24 * 3600};
    /// Revalidate every cached resource now (conditional GET), fresh or not.
    bool revalidateAll = false;
    qint64 maxBytes = 64ll * 1024 * 1024; ///< per file
    int maxAttempts = 2;                  ///< per file and sync: network errors, timeouts, 5xx
    int maxFailuresInARow = 10;           ///< then the pass stops; the rest waits for next sync
};

struct ResourceProgress
{
    int done = 0;  ///< resources settled (fresh ones count at once)
    int total = 0; ///< resources the region refers to
    qint64 bytes = 0;
};

/// The resource cache pass of a sync: images, PDFs and SVGs the stored content of a region
/// refers to (src/href in the HTML of pages, events, places, news and the imprint; page, event
/// and place thumbnails; place category icons), from CMS hosts only (content::isCmsHost).
///
/// - Files: `<directory>/<sha256(url)>.<ext>` (content::resourceFileName), written as
///   `.partial` and renamed when complete; the `resources` table maps URL -> file + validators.
/// - Freshness: a cached file is not requested again while it is fresh: for the server's
///   Cache-Control max-age (or Expires), else `freshFor` (24 h), never longer than
///   `maxFreshFor`, counted from the last 200/304. Stale files are revalidated with
///   If-None-Match / If-Modified-Since, so an unchanged file costs one 304 and no body.
///   A clock that went backwards makes every file stale (checked again, not trusted).
/// - Parallelism: `parallel` requests at once, one retry for transient failures, and the pass
///   stops early on 429/503 or after `maxFailuresInARow` failures in a row.
/// - Failures never fail the sync: they are counted in the table and reported; a file that is
///   not cached (or stale) is simply tried again on the next sync. An old copy stays usable.
/// - Pruning: rows and files no stored content of ANY region refers to are deleted, as are
///   stray files in the folder (crash leftovers) older than the pass.
class ResourceSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceSync)

public:
    /// `isCancelled` is polled while downloading (thread-safe flag of the caller).
    ResourceSync(store::Store &store, const QUrl &server, ResourceOptions options,
                 int transferTimeoutMs, QByteArray userAgent, std::function<bool()> isCancelled,
                 QObject *parent = nullptr);
    ~ResourceSync() override;

    /// Blocking: brings the resources of `region` up to date, then prunes. Never throws.
    ResourceOutcome run(const QString &region);

    struct References
    {
        QList<QUrl> region; ///< of the region, distinct, in stored order
        QSet<QString> all;  ///< of every region (encoded URLs), for pruning
        /// Cache files named by `integreat-resource:` links (content stored already rewritten):
        QSet<QString> regionFiles; ///< of the region
        QSet<QString> allFiles;    ///< of every region
    };
    /// What the stored content refers to (throws store::StoreError).
    References references(const QString &region) const;

signals:
    void progress(const integreat::sync::ResourceProgress &progress);

private:
    bool isFresh(const store::ResourceRecord &record, const QDateTime &now) const;
    void download(const References &references, const QDateTime &now, ResourceOutcome &outcome);
    void prune(const References &references, const QDateTime &passStart, ResourceOutcome &outcome);

    store::Store &m_store;
    QUrl m_server;
    ResourceOptions m_options;
    int m_transferTimeoutMs;
    QByteArray m_userAgent;
    std::function<bool()> m_isCancelled;
};

} // namespace integreat::sync
