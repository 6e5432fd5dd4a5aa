#pragma once

#include "core/model/contentkey.h"
#include "core/model/event.h"
#include "core/model/listkind.h"
#include "core/model/news.h"
#include "core/model/page.h"
#include "core/model/place.h"
#include "core/model/region.h"
#include "core/store/feedbacktable.h"
#include "core/store/newswatchtable.h"
#include "core/store/resourcetable.h"
#include "core/store/search.h"
#include "core/store/storeerror.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <functional>
#include <memory>
#include <optional>

namespace integreat::testing {
struct StoreAccess;
}

namespace integreat::store {

class Database;

/// What one apply did to one kind of content.
struct KindCounts
{
    int added = 0, changed = 0, removed = 0, unchanged = 0;
    bool operator==(const KindCounts &) const = default;
};

struct ApplyResult
{
    KindCounts pages, events, places, news;
    /// Content rows inserted, updated or deleted (pages, events, places and their contacts,
    /// categories, imprint, news); the sync_state bookkeeping row is not counted.
    qint64 rowsWritten = 0;
    KindCounts total() const;
};

/// Everything downloaded for one (region, language).
struct LanguageContent
{
    QString region;
    model::Language language;
    QList<model::Page> pages;
    std::optional<QList<model::Event>> events; ///< nullopt = not fetched this time (keep stored)
    std::optional<QList<model::Place>> places; ///< same
    std::optional<QList<model::PlaceCategory>> categories; ///< same
    /// Outer nullopt = not fetched; inner nullopt = the region has no imprint.
    std::optional<std::optional<model::Page>> imprint;
    std::optional<QList<model::NewsItem>> news; ///< nullopt = not fetched
    /// Lists (pages, events, places) the server sent exactly as at the last sync: their
    /// stored rows are kept untouched and counted as unchanged; their lists above are ignored.
    QSet<model::ListKind> unchangedLists;
    /// Digest of each list's raw response, saved with the content (see listDigests()).
    QHash<model::ListKind, QByteArray> listDigests;
    QDateTime syncedAt; ///< invalid = now

    model::ContentKey key() const { return {region, language.code}; }
};

/// The local content store: one SQLite file (WAL) per data directory. Writes go through
/// applyLanguage() in one transaction per (region, language), so readers (other Store
/// instances on the same file, in this or another process) see either the old or the new
/// content, never a mix. Writers wait for each other (Database, WriteGate): a news write
/// during a long sync is written once the sync commits. The connection itself stays inside:
/// callers use the named operations below, the resource table (resources()) and the news
/// watcher's table (newsWatch()). One Store per thread. Every failure throws StoreError.
class Store final
{
public:
    /// Opens or creates the file and migrates it. Throws StoreError: Damaged (not SQLite or
    /// corrupt), NewerVersion (written by a newer app), Foreign (another program's database),
    /// CannotOpen / ReadOnly / Busy.
    explicit Store(const QString &filePath);
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    QString filePath() const;
    /// Bytes on disk: the database plus its -wal and -shm files.
    qint64 sizeBytes() const;
    /// Asked now and then while a write waits for another writer; true ends the wait with
    /// StoreError (Busy) and nothing written. Empty (the default): wait.
    void setCancelCheck(std::function<bool()> cancelled);

    /// Upserts the regions and their language lists; never deletes content.
    void saveRegions(const QList<model::Region> &regions);
    /// All known regions (ordered by name without prefix), with their languages in order.
    QList<model::Region> regions() const;
    std::optional<model::Region> region(const QString &slug) const;

    /// Applies one language's content in ONE transaction: inserts new items, updates changed
    /// ones (by path + last_updated + a fingerprint of every stored value, so a sync where
    /// nothing changed writes no content row), deletes pages/events/places (with their
    /// contacts) missing from the new lists; deletes news only by age and number (at most a
    /// year old, the 2,000 newest: ContentWriter::pruneNews; an existing item keeps its
    /// first_seen); replaces categories only where they changed; sets sync_state
    /// last_success = last_attempt = syncedAt and clears last_error; refreshes the language's
    /// names in its region's language list if the region is known. `beforeCommit` runs
    /// inside the transaction just before COMMIT; if it (or anything) throws, nothing of
    /// this apply is kept and the exception propagates.
    /// Digests of the raw lists at the last successful sync of (region, language); rows of a
    /// list kind this version does not know are left out.
    QHash<model::ListKind, QByteArray> listDigests(const model::ContentKey &key) const;

    ApplyResult applyLanguage(const LanguageContent &content,
                              const std::function<void()> &beforeCommit = {});
    /// Records a failed sync attempt (last_attempt, last_error); content is untouched.
    void recordFailure(const model::ContentKey &key, const QDateTime &when, const QString &error);
    /// Removes a region: its row, languages, content and sync state.
    void deleteRegion(const QString &slug);
    /// Saves news items the news watcher found between syncs, in one transaction (an item
    /// already stored keeps its first_seen), if (region, language) is still stored (was
    /// synced once); the next sync's list decides what stays.
    void addWatchedNews(const model::ContentKey &key, const QList<model::NewsItem> &items,
                        const QDateTime &seenAt);
    /// The resource cache's table (images, PDFs, icons) on this Store's connection; it lives
    /// as long as this Store.
    ResourceTable resources();
    /// The news watcher's baseline and seen ids on this Store's connection.
    NewsWatchTable newsWatch();
    /// The queue of feedback not yet sent, on this Store's connection.
    FeedbackTable feedbackQueue();

    std::optional<model::Page> page(const QString &region, const QString &language,
                                    const QString &path) const;
    std::optional<model::Event> event(const QString &region, const QString &language,
                                      const QString &path) const;
    std::optional<model::Place> place(const QString &region, const QString &language,
                                      const QString &path) const;
    std::optional<model::Page> imprint(const QString &region, const QString &language) const;
    /// The paths of the stored pages of (region, language).
    QSet<QString> pagePaths(const QString &region, const QString &language) const;
    /// Ordered by parent path, then position.
    QList<model::Page> pages(const QString &region, const QString &language) const;
    /// Children of `parentPath` ("" = root pages), ordered by position.
    QList<model::Page> childPages(const QString &region, const QString &language,
                                  const QString &parentPath) const;
    /// Ordered by start, end, title.
    QList<model::Event> events(const QString &region, const QString &language) const;
    /// Ordered by title.
    QList<model::Place> places(const QString &region, const QString &language) const;
    /// Ordered by id.
    QList<model::PlaceCategory> placeCategories(const QString &region,
                                                const QString &language) const;
    /// Newest first.
    QList<model::NewsItem> news(const QString &region, const QString &language) const;

    /// Full-text search over the region's pages, events, places and news (store/search.h):
    /// every query word must begin a word, titles weigh double, at most `limit` (<= 75) hits,
    /// best first, each with a snippet around the first match.
    QList<SearchHit> search(const QString &region, const QString &language, const QString &query,
                            SearchMode mode = SearchMode::AlsoGerman,
                            int limit = Search::MaxResults) const;

    struct LanguageStatus
    {
        QString code;
        int pages = 0, events = 0, places = 0, news = 0;
        QDateTime lastSuccess, lastAttempt; ///< invalid when never
        QString lastError;                  ///< empty after a success
    };
    struct RegionStatus
    {
        QString slug, name; ///< name falls back to the slug for a region not in the list
        QList<LanguageStatus> languages;
    };
    /// Every region that has a sync state or content, with each such language. Counts every
    /// content row (5–30 ms on a large store): not for the GUI thread (StatusLoader).
    QList<RegionStatus> status() const;
    /// Cheap (index lookups): the regions with stored pages or a successful sync, in the
    /// order of status().
    QStringList storedRegions() const;
    /// The languages of `region` with stored pages or a successful sync, in the region's
    /// order (as the CMS lists them), then the others.
    QStringList storedLanguages(const QString &region) const;
    /// Cheap: every stored (region, language), regions as storedRegions(), each region's
    /// languages as storedLanguages().
    QList<model::ContentKey> storedContent() const;
    /// When (region, language) was last synced successfully; invalid when never.
    QDateTime lastSync(const model::ContentKey &key) const;
    /// The resource cache (images, PDFs, icons): files downloaded, their bytes, failures.
    ResourceStats resourceStats() const;

    /// PRAGMA integrity_check: "ok" or the first problem.
    QString integrityCheck() const;
    /// Content rows written by this Store's connection since it was opened
    /// (sqlite3_total_changes64 without the search index's rows).
    qint64 totalChanges() const;

private:
    friend struct integreat::testing::StoreAccess; // tests/support/storeaccess.h, tests only
    Database &database() const;

    void saveListDigests(const LanguageContent &content);
    int countRows(const char *table, const QString &region, const QString &language) const;

    std::unique_ptr<Database> m_db;
};

} // namespace integreat::store
