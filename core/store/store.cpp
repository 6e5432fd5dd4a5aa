#include "core/store/store.h"

#include "core/store/contentreader.h"
#include "core/store/contentwriter.h"
#include "core/store/database.h"
#include "core/store/jsoncodec.h"
#include "core/store/regiontable.h"
#include "core/store/resourcetable.h"
#include "core/store/schema.h"
#include "core/store/searchindex.h"

#include <QFileInfo>
#include <QHash>

namespace integreat::store {

using namespace Qt::StringLiterals;

KindCounts ApplyResult::total() const
{
    KindCounts sum;
    for (const KindCounts &k : {pages, events, places, news}) {
        sum.added += k.added;
        sum.changed += k.changed;
        sum.removed += k.removed;
        sum.unchanged += k.unchanged;
    }
    return sum;
}

namespace {
// A damaged row found while reading: forget the language's list digests, so that the next sync
// parses and writes every list again instead of skipping the unchanged ones (best effort: the
// file may be too damaged even for that).
template <class Read>
auto guarded(Database &db, const QString &region, const QString &language, Read &&read)
{
    try {
        return read();
    } catch (const StoreError &error) {
        if (error.reason() == StoreError::Reason::Damaged) {
            try {
                db.prepare(u"DELETE FROM list_digests WHERE region = ?1 AND language = ?2"_s)
                    .bindAll(region, language)
                    .exec();
            } catch (const StoreError &) {
            }
        }
        throw;
    }
}
} // namespace

Store::Store(const QString &filePath)
    : m_db(std::make_unique<Database>(filePath))
{
    Schema::migrate(*m_db);
    SearchIndex(*m_db).rebuildIfStale();
}

Store::~Store() = default;

QString Store::filePath() const
{
    return m_db->filePath();
}

void Store::setCancelCheck(std::function<bool()> cancelled)
{
    m_db->setCancelCheck(std::move(cancelled));
}

qint64 Store::sizeBytes() const
{
    qint64 size = 0;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        const QFileInfo file(m_db->filePath() + suffix);
        if (file.exists())
            size += file.size();
    }
    return size;
}

void Store::saveRegions(const QList<model::Region> &regions)
{
    Transaction transaction(*m_db);
    RegionTable::save(*m_db, regions, QDateTime::currentDateTimeUtc());
    transaction.commit();
}

QList<model::Region> Store::regions() const
{
    Transaction snapshot(*m_db, Transaction::Mode::Read);
    return RegionTable::load(*m_db);
}

std::optional<model::Region> Store::region(const QString &slug) const
{
    Transaction snapshot(*m_db, Transaction::Mode::Read);
    const QList<model::Region> found = RegionTable::load(*m_db, slug);
    return found.isEmpty() ? std::nullopt : std::optional<model::Region>(found.constFirst());
}

namespace {
// The newest MaxNewsItems of a news list (ContentWriter::pruneNews): the rest is not written
// at all, so it is not added and pruned again at every sync.
QList<model::NewsItem> newestNews(QList<model::NewsItem> news)
{
    if (news.size() > ContentWriter::MaxNewsItems) {
        std::stable_sort(news.begin(), news.end(), [](const auto &a, const auto &b) {
            return a.displayDate.isValid() &&
                   (!b.displayDate.isValid() || a.displayDate > b.displayDate);
        });
        news.resize(ContentWriter::MaxNewsItems);
    }
    return news;
}
} // namespace

ApplyResult Store::applyLanguage(const LanguageContent &content,
                                 const std::function<void()> &beforeCommit)
{
    if (content.region.isEmpty() || content.language.code.isEmpty()) {
        throw StoreError(StoreError::Reason::InvalidInput, {},
                         u"applyLanguage needs a region and a language code"_s);
    }
    const QDateTime syncedAt =
        content.syncedAt.isValid() ? content.syncedAt : QDateTime::currentDateTimeUtc();
    ApplyResult result;
    Transaction transaction(*m_db);
    const qint64 before = m_db->totalChanges();

    ContentWriter writer(*m_db, content.region, content.language.code);
    const auto keep = [&](const char *table) {
        KindCounts counts;
        counts.unchanged = countRows(table, content.region, content.language.code);
        return counts;
    };
    if (content.unchangedLists.contains(model::ListKind::Pages))
        result.pages = keep("pages");
    else
        result.pages = writer.writePages(content.pages);
    if (content.unchangedLists.contains(model::ListKind::Events))
        result.events = keep("events");
    else if (content.events)
        result.events = writer.writeEvents(*content.events);
    if (content.categories)
        writer.writeCategories(*content.categories);
    if (content.unchangedLists.contains(model::ListKind::Places))
        result.places = keep("places");
    else if (content.places)
        result.places = writer.writePlaces(*content.places);
    if (content.imprint)
        writer.writeImprint(*content.imprint);
    if (content.news) {
        const QList<model::NewsItem> news = newestNews(*content.news);
        result.news = writer.writeNews(news, syncedAt);
        QSet<QString> current;
        for (const model::NewsItem &item : news)
            current.insert(item.id);
        result.news.removed = writer.pruneNews(syncedAt, current); // bounded, however it floods
    }
    result.rowsWritten = m_db->totalChanges() - before;

    saveListDigests(content);
    RegionTable::saveLanguage(*m_db, content.region, content.language);
    const QString when = codec::toIso(syncedAt);
    m_db->prepare(u"INSERT INTO sync_state (region, language, last_success, last_attempt, "
                  u"last_error) VALUES (?1, ?2, ?3, ?3, NULL) ON CONFLICT (region, language) "
                  u"DO UPDATE SET last_success = excluded.last_success, "
                  u"last_attempt = excluded.last_attempt, last_error = NULL"_s)
        .bindAll(content.region, content.language.code, when)
        .exec();

    if (beforeCommit)
        beforeCommit();
    transaction.commit();
    return result;
}

void Store::recordFailure(const model::ContentKey &key, const QDateTime &when, const QString &error)
{
    const QDateTime at = when.isValid() ? when : QDateTime::currentDateTimeUtc();
    Transaction transaction(*m_db);
    m_db->prepare(u"INSERT INTO sync_state (region, language, last_success, last_attempt, "
                  u"last_error) VALUES (?1, ?2, NULL, ?3, ?4) ON CONFLICT (region, language) "
                  u"DO UPDATE SET last_attempt = excluded.last_attempt, "
                  u"last_error = excluded.last_error"_s)
        .bindAll(key.region, key.language, codec::toIso(at), error)
        .exec();
    transaction.commit();
}

void Store::addWatchedNews(const model::ContentKey &key, const QList<model::NewsItem> &items,
                           const QDateTime &seenAt)
{
    Transaction transaction(*m_db);
    // Only for a language still stored: its town may have been deleted while the watcher
    // polled (the next sync's list decides what stays, so nothing is lost).
    Statement stored =
        m_db->prepare(u"SELECT 1 FROM sync_state WHERE region = ?1 AND language = ?2"_s);
    stored.bindAll(key.region, key.language);
    if (!stored.step())
        return;
    ContentWriter(*m_db, key.region, key.language).writeNews(items, seenAt);
    transaction.commit();
}

ResourceTable Store::resources()
{
    return ResourceTable(*m_db);
}

NewsWatchTable Store::newsWatch()
{
    return NewsWatchTable(*m_db);
}

FeedbackTable Store::feedbackQueue()
{
    return FeedbackTable(*m_db);
}

void Store::deleteRegion(const QString &slug)
{
    Transaction transaction(*m_db);
    SearchIndex(*m_db).removeRegion(slug); // first: it reads the content it takes out
    for (const char *table : {"place_contacts", "places", "place_categories", "events", "pages",
                              "imprints", "news", "sync_state", "list_digests", "languages"}) {
        m_db->prepare(u"DELETE FROM %1 WHERE region = ?1"_s.arg(QLatin1StringView(table)))
            .bind(1, slug)
            .exec();
    }
    m_db->prepare(u"DELETE FROM regions WHERE slug = ?1"_s).bind(1, slug).exec();
    transaction.commit();
}

std::optional<model::Page> Store::page(const QString &region, const QString &language,
                                       const QString &path) const
{
    return guarded(*m_db, region, language,
                   [&] { return ContentReader(*m_db).page(region, language, path); });
}

std::optional<model::Event> Store::event(const QString &region, const QString &language,
                                         const QString &path) const
{
    return guarded(*m_db, region, language,
                   [&] { return ContentReader(*m_db).event(region, language, path); });
}

std::optional<model::Place> Store::place(const QString &region, const QString &language,
                                         const QString &path) const
{
    return guarded(*m_db, region, language,
                   [&] { return ContentReader(*m_db).place(region, language, path); });
}

std::optional<model::Page> Store::imprint(const QString &region, const QString &language) const
{
    return guarded(*m_db, region, language,
                   [&] { return ContentReader(*m_db).imprint(region, language); });
}

QSet<QString> Store::pagePaths(const QString &region, const QString &language) const
{
    Statement query =
        m_db->prepare(u"SELECT path FROM pages WHERE region = ?1 AND language = ?2"_s);
    query.bindAll(region, language);
    QSet<QString> paths;
    while (query.step())
        paths.insert(query.columnText(0));
    return paths;
}

QList<model::Page> Store::pages(const QString &region, const QString &language) const
{
    return guarded(*m_db, region, language,
                   [&] { return ContentReader(*m_db).pages(region, language); });
}

QList<model::Page> Store::childPages(const QString &region, const QString &language,
                                     const QString &parentPath) const
{
    return guarded(*m_db, region, language,
                   [&] { return ContentReader(*m_db).childPages(region, language, parentPath); });
}

QList<model::Event> Store::events(const QString &region, const QString &language) const
{
    return guarded(*m_db, region, language,
                   [&] { return ContentReader(*m_db).events(region, language); });
}

QList<model::Place> Store::places(const QString &region, const QString &language) const
{
    return guarded(*m_db, region, language,
                   [&] { return ContentReader(*m_db).places(region, language); });
}

QList<model::PlaceCategory> Store::placeCategories(const QString &region,
                                                   const QString &language) const
{
    return guarded(*m_db, region, language,
                   [&] { return ContentReader(*m_db).placeCategories(region, language); });
}

QList<model::NewsItem> Store::news(const QString &region, const QString &language) const
{
    return guarded(*m_db, region, language,
                   [&] { return ContentReader(*m_db).news(region, language); });
}

QList<SearchHit> Store::search(const QString &region, const QString &language, const QString &query,
                               SearchMode mode, int limit) const
{
    return Search(*m_db).run(region, language, query, mode, limit);
}

ResourceStats Store::resourceStats() const
{
    return ResourceTable(*m_db).stats();
}

QString Store::integrityCheck() const
{
    return m_db->integrityCheck();
}

qint64 Store::totalChanges() const
{
    return m_db->totalChanges();
}

Database &Store::database() const
{
    return *m_db;
}

} // namespace integreat::store
