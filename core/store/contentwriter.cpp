#include "core/store/contentwriter.h"

#include "core/store/contentrows.h"
#include "core/store/database.h"
#include "core/store/jsoncodec.h"
#include "core/store/store.h"

#include <QCryptographicHash>
#include <QScopeGuard>
#include <QSet>
#include <QStringList>
#include <QtConcurrent/QtConcurrentMap>
#include <utility>

namespace integreat::store {

using namespace Qt::StringLiterals;

ContentWriter::ContentWriter(Database &db, const QString &region, const QString &language)
    : m_db(db)
    , m_region(region)
    , m_language(language)
    , m_search(db)
{
}

QHash<QString, QString> ContentWriter::storedFingerprints(const Table &table)
{
    Statement query = m_db.prepare(
        u"SELECT %1, fingerprint FROM %2 WHERE region = ?1 AND "
        u"language = ?2"_s.arg(QLatin1StringView(table.key), QLatin1StringView(table.name)));
    query.bindAll(m_region, m_language);
    QHash<QString, QString> stored;
    while (query.step())
        stored.insert(query.columnText(0), query.columnText(1));
    return stored;
}

QString ContentWriter::upsertSql(const Table &table, const Row &row)
{
    QStringList columns, placeholders, updates;
    int index = 0;
    const auto isIn = [](const QList<const char *> &list, const QString &column) {
        return std::any_of(list.cbegin(), list.cend(),
                           [&](const char *c) { return column == QLatin1StringView(c); });
    };
    for (const char *c : row.columns()) {
        const QString column = QString::fromLatin1(c);
        columns << column;
        placeholders << u"?%1"_s.arg(++index);
        if (!isIn(table.conflict, column) && !isIn(table.insertOnly, column))
            updates << u"%1 = excluded.%1"_s.arg(column);
    }
    columns << u"fingerprint"_s;
    placeholders << u"?%1"_s.arg(++index);
    updates << u"fingerprint = excluded.fingerprint"_s;
    QStringList conflict;
    for (const char *c : table.conflict)
        conflict << QString::fromLatin1(c);
    return u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5"_s.arg(
        QLatin1StringView(table.name), columns.join(u", "), placeholders.join(u", "),
        conflict.join(u", "), updates.join(u", "));
}

KindCounts ContentWriter::sync(const Table &table, const QList<Row> &rows,
                               const QStringList &fingerprints,
                               const std::function<void(qsizetype, bool)> &afterWrite)
{
    KindCounts counts;
    const QHash<QString, QString> stored = storedFingerprints(table);
    QSet<QString> seen;
    seen.reserve(rows.size());
    struct Write
    {
        qsizetype index;
        bool existed;
    };
    QList<Write> writes;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString key = rows.at(i).text(table.key);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        const auto found = stored.constFind(key);
        const bool existed = found != stored.cend();
        if (existed && found.value() == fingerprints.at(i))
            ++counts.unchanged;
        else
            writes.append({i, existed});
    }

    std::optional<Statement> upsert;
    // The search text of a chunk of rows is built in the thread pool while this thread writes
    // the chunk before it (the writer is the sync's bottleneck; it never waits for a chunk
    // unless the pool is behind), then written here in order.
    constexpr qsizetype Chunk = 256;
    const auto textsOf = [&rows, &table, &writes](qsizetype from) {
        if (!table.searchKind)
            return QFuture<SearchIndex::Text>();
        return QtConcurrent::mapped(writes.mid(from, Chunk), [&rows](const Write &write) {
            const Row &row = rows.at(write.index);
            return SearchIndex::Text::withTerms(row.text("title"), row.text("content"));
        });
    };
    QFuture<SearchIndex::Text> pending = textsOf(0);
    // A failed write leaves this function: the texts under way read `rows`, so wait for them.
    const auto stopPending = qScopeGuard([&pending] {
        pending.cancel();
        pending.waitForFinished();
    });
    for (qsizetype from = 0; from < writes.size(); from += Chunk) {
        const QList<Write> chunk = writes.mid(from, Chunk);
        const QList<SearchIndex::Text> texts = pending.results();
        if (from + Chunk < writes.size())
            pending = textsOf(from + Chunk);
        for (qsizetype c = 0; c < chunk.size(); ++c) {
            const Row &row = rows.at(chunk.at(c).index);
            // Before the row changes: the index takes the old text out by reading it back.
            if (table.searchKind) {
                m_search.put(QString::fromUtf16(table.searchKind), m_region, m_language,
                             row.text(table.key), texts.at(c));
            }
            if (!upsert)
                upsert.emplace(m_db.prepare(upsertSql(table, row)));
            row.bindTo(*upsert);
            upsert->bind(int(row.values().size()) + 1, fingerprints.at(chunk.at(c).index));
            upsert->exec();
            ++(chunk.at(c).existed ? counts.changed : counts.added);
            if (afterWrite)
                afterWrite(chunk.at(c).index, chunk.at(c).existed);
        }
    }
    if (table.deleteMissing) {
        std::optional<Statement> remove;
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            if (seen.contains(it.key()))
                continue;
            if (!remove) {
                remove.emplace(m_db.prepare(
                    u"DELETE FROM %1 WHERE region = ?1 AND language = ?2 AND %2 = ?3"_s.arg(
                        QLatin1StringView(table.name), QLatin1StringView(table.key))));
            }
            if (table.searchKind) {
                m_search.remove(QString::fromUtf16(table.searchKind), m_region, m_language,
                                it.key());
            }
            remove->bindAll(m_region, m_language, it.key());
            remove->exec();
            ++counts.removed;
        }
    }
    return counts;
}

namespace {
/// The rows of `items` and their fingerprints, built on every core (they are pure values).
template <class T, class MakeRow>
std::pair<QList<Row>, QStringList> rowsOf(const QList<T> &items, MakeRow makeRow)
{
    const QList<std::pair<Row, QString>> built =
        QtConcurrent::blockingMapped(items, [&makeRow](const T &item) {
            Row row = makeRow(item);
            QString fingerprint = row.fingerprint();
            return std::pair<Row, QString>(std::move(row), std::move(fingerprint));
        });
    std::pair<QList<Row>, QStringList> out;
    out.first.reserve(built.size());
    out.second.reserve(built.size());
    for (const auto &[row, fingerprint] : built) {
        out.first.append(row);
        out.second.append(fingerprint);
    }
    return out;
}
} // namespace

KindCounts ContentWriter::writePages(const QList<model::Page> &pages)
{
    const auto [rows, fingerprints] = rowsOf(
        pages, [this](const model::Page &page) { return rows::page(m_region, m_language, page); });
    return sync({"pages", "path", {"region", "language", "path"}, {}, true, SearchIndex::Page},
                rows, fingerprints);
}

KindCounts ContentWriter::writeEvents(const QList<model::Event> &events)
{
    const auto [rows, fingerprints] = rowsOf(events, [this](const model::Event &event) {
        return rows::event(m_region, m_language, event);
    });
    return sync({"events", "path", {"region", "language", "path"}, {}, true, SearchIndex::Event},
                rows, fingerprints);
}

KindCounts ContentWriter::writePlaces(const QList<model::Place> &places)
{
    struct Built
    {
        Row row;
        QList<Row> contacts;
        QString fingerprint;
    };
    const QList<Built> built =
        QtConcurrent::blockingMapped(places, [this](const model::Place &place) {
            Built out{rows::place(m_region, m_language, place), {}, {}};
            QCryptographicHash hash(QCryptographicHash::Sha1);
            out.row.addToHash(hash);
            for (qsizetype c = 0; c < place.contacts.size(); ++c) {
                out.contacts.append(
                    rows::contact(m_region, m_language, place.path, int(c), place.contacts.at(c)));
                out.contacts.constLast().addToHash(hash);
            }
            out.fingerprint = QString::fromLatin1(hash.result().toHex());
            return out;
        });
    QList<Row> rows;
    QList<QList<Row>> contacts;
    QStringList fingerprints;
    rows.reserve(built.size());
    for (const Built &place : built) {
        rows.append(place.row);
        contacts.append(place.contacts);
        fingerprints.append(place.fingerprint);
    }
    const auto writeContacts = [&](qsizetype i, bool existed) {
        if (existed) {
            if (!m_deleteContacts) {
                m_deleteContacts.emplace(
                    m_db.prepare(u"DELETE FROM place_contacts WHERE region = ?1 AND language = ?2 "
                                 u"AND place_path = ?3"_s));
            }
            m_deleteContacts->bindAll(m_region, m_language, rows.at(i).text("path"));
            m_deleteContacts->exec();
        }
        for (const Row &contact : contacts.at(i)) {
            if (!m_insertContact) {
                QStringList columns, placeholders;
                for (const char *c : contact.columns()) {
                    columns << QString::fromLatin1(c);
                    placeholders << u"?%1"_s.arg(placeholders.size() + 1);
                }
                m_insertContact.emplace(
                    m_db.prepare(u"INSERT INTO place_contacts (%1) VALUES (%2)"_s.arg(
                        columns.join(u", "), placeholders.join(u", "))));
            }
            contact.bindTo(*m_insertContact);
            m_insertContact->exec();
        }
    };
    return sync({"places", "path", {"region", "language", "path"}, {}, true, SearchIndex::Place},
                rows, fingerprints, writeContacts);
}

void ContentWriter::writeCategories(const QList<model::PlaceCategory> &categories)
{
    QList<Row> rows;
    QStringList fingerprints;
    for (const model::PlaceCategory &category : categories) {
        rows.append(rows::category(m_region, m_language, category));
        fingerprints.append(rows.constLast().fingerprint());
    }
    sync({"place_categories", "id", {"region", "language", "id"}, {}, true}, rows, fingerprints);
}

void ContentWriter::writeImprint(const std::optional<model::Page> &imprint)
{
    Statement stored =
        m_db.prepare(u"SELECT fingerprint FROM imprints WHERE region = ?1 AND language = ?2"_s);
    stored.bindAll(m_region, m_language);
    const std::optional<QString> storedFingerprint =
        stored.step() ? std::optional<QString>(stored.columnText(0)) : std::nullopt;
    stored.reset();
    if (!imprint) {
        if (storedFingerprint) {
            m_db.prepare(u"DELETE FROM imprints WHERE region = ?1 AND language = ?2"_s)
                .bindAll(m_region, m_language)
                .exec();
        }
        return;
    }
    const Row row = rows::page(m_region, m_language, *imprint);
    const QString fingerprint = row.fingerprint();
    if (storedFingerprint == fingerprint)
        return;
    Statement upsert =
        m_db.prepare(upsertSql({"imprints", "path", {"region", "language"}, {}, false}, row));
    row.bindTo(upsert);
    upsert.bind(int(row.values().size()) + 1, fingerprint);
    upsert.exec();
}

KindCounts ContentWriter::writeNews(const QList<model::NewsItem> &news, const QDateTime &firstSeen)
{
    const Table table{"news",         "id",  {"region", "language", "id"},
                      {"first_seen"}, false, SearchIndex::News};
    QList<Row> rows;
    QStringList fingerprints;
    for (const model::NewsItem &item : news) {
        rows.append(rows::news(m_region, m_language, item, firstSeen));
        fingerprints.append(rows.constLast().fingerprint(table.insertOnly));
    }
    return sync(table, rows, fingerprints);
}

} // namespace integreat::store

namespace integreat::store {

int ContentWriter::pruneNews(const QDateTime &now, const QSet<QString> &current)
{
    const QDateTime cutoff = now.addDays(-MaxNewsAgeDays);
    Statement old = m_db.prepare(
        u"SELECT id FROM news WHERE region = ?1 AND language = ?2 AND (display_ms < ?3 OR "
        u"(display_ms IS NULL AND first_seen < ?4))"_s);
    old.bindAll(m_region, m_language, cutoff.toMSecsSinceEpoch(), codec::toIso(cutoff));
    QSet<QString> ids;
    while (old.step()) {
        if (!current.contains(old.columnText(0)))
            ids.insert(old.columnText(0));
    }
    Statement surplus =
        m_db.prepare(u"SELECT id FROM news WHERE region = ?1 AND language = ?2 "
                     u"ORDER BY display_ms IS NULL, display_ms DESC, id DESC LIMIT -1 OFFSET ?3"_s);
    surplus.bindAll(m_region, m_language, MaxNewsItems);
    while (surplus.step())
        ids.insert(surplus.columnText(0));
    if (ids.isEmpty())
        return 0;
    Statement remove =
        m_db.prepare(u"DELETE FROM news WHERE region = ?1 AND language = ?2 AND id = ?3"_s);
    for (const QString &id : std::as_const(ids)) {
        m_search.remove(QString::fromUtf16(SearchIndex::News), m_region, m_language, id);
        remove.bindAll(m_region, m_language, id);
        remove.exec();
    }
    return int(ids.size());
}

} // namespace integreat::store
