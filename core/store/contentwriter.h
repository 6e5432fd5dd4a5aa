#pragma once

#include "core/model/event.h"
#include "core/model/news.h"
#include "core/model/page.h"
#include "core/model/place.h"
#include "core/store/searchindex.h"
#include "core/store/statement.h"

#include <QHash>
#include <QSet>
#include <QtGlobal>
#include <functional>
#include <optional>

namespace integreat::store {

class Database;
class Row;
struct KindCounts;

/// Writes one (region, language)'s content by diffing against what is stored: a row whose
/// fingerprint (SHA-1 of every stored value, last_updated included) is unchanged is not
/// written at all. Runs inside the caller's transaction; prepares each statement once per
/// writer and reuses it for every row. Items with a duplicate key: the first one wins.
/// Pages, events, places and news it writes or deletes go to the search index too.
class ContentWriter final
{
public:
    ContentWriter(Database &db, const QString &region, const QString &language);
    Q_DISABLE_COPY_MOVE(ContentWriter)

    /// Inserts new, updates changed, deletes pages missing from `pages`.
    KindCounts writePages(const QList<model::Page> &pages);
    KindCounts writeEvents(const QList<model::Event> &events);
    /// Places and their contacts (a place's fingerprint covers its contacts).
    KindCounts writePlaces(const QList<model::Place> &places);
    /// Keeps the stored categories unless they differ.
    void writeCategories(const QList<model::PlaceCategory> &categories);
    /// nullopt deletes the stored imprint.
    void writeImprint(const std::optional<model::Page> &imprint);
    /// Inserts new and updates changed news; never deletes; a new item gets first_seen.
    KindCounts writeNews(const QList<model::NewsItem> &news, const QDateTime &firstSeen);
    /// Deletes the news not in `current` (the ids the server sends now) that are dated (undated:
    /// first seen) more than MaxNewsAgeDays before `now`, then the oldest beyond the
    /// MaxNewsItems newest (undated ones count as oldest). Returns how many it deleted.
    int pruneNews(const QDateTime &now, const QSet<QString> &current);

    static constexpr int MaxNewsAgeDays = 365;
    static constexpr int MaxNewsItems = 2000;

private:
    struct Table
    {
        const char *name;
        const char *key;                ///< the diff key within (region, language)
        QList<const char *> conflict;   ///< the primary key columns
        QList<const char *> insertOnly; ///< kept on update, not fingerprinted
        bool deleteMissing;
        const char16_t *searchKind = nullptr; ///< indexed for search as this kind (SearchIndex)
    };
    /// rows[i] with fingerprints[i]; afterWrite(i, existed) runs after each written row.
    KindCounts sync(const Table &table, const QList<Row> &rows, const QStringList &fingerprints,
                    const std::function<void(qsizetype, bool)> &afterWrite = {});
    QHash<QString, QString> storedFingerprints(const Table &table);
    static QString upsertSql(const Table &table, const Row &row);

    Database &m_db;
    QString m_region;
    QString m_language;
    std::optional<Statement> m_deleteContacts;
    std::optional<Statement> m_insertContact;
    SearchIndex m_search;
};

} // namespace integreat::store
