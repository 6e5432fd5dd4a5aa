#include "core/store/newswatchtable.h"

#include "core/store/database.h"
#include "core/store/statement.h"

using namespace Qt::StringLiterals;

namespace integreat::store {

NewsWatchTable::NewsWatchTable(Database &db)
    : m_db(db)
{
}

bool NewsWatchTable::hasBaseline(const model::ContentKey &key) const
{
    Statement st = m_db.prepare(u"SELECT 1 FROM news_watch WHERE region = ?1 AND language = ?2"_s);
    st.bindAll(key.region, key.language);
    return st.step();
}

QSet<QString> NewsWatchTable::seen(const model::ContentKey &key) const
{
    QSet<QString> ids;
    Statement st =
        m_db.prepare(u"SELECT news_id FROM news_seen WHERE region = ?1 AND language = ?2"_s);
    st.bindAll(key.region, key.language);
    while (st.step())
        ids.insert(st.columnText(0));
    return ids;
}

void NewsWatchTable::record(const model::ContentKey &key, const QStringList &ids,
                            const QDateTime &when)
{
    const QString at = when.toUTC().toString(Qt::ISODate);
    Transaction transaction(m_db);
    Statement watch = m_db.prepare(
        u"INSERT INTO news_watch (region, language, baseline_at, last_poll_at, last_error) "
        "VALUES (?1, ?2, ?3, ?3, NULL) ON CONFLICT (region, language) DO UPDATE SET "
        "last_poll_at = excluded.last_poll_at, last_error = NULL"_s);
    watch.bindAll(key.region, key.language, at);
    watch.exec();
    Statement seen =
        m_db.prepare(u"INSERT OR IGNORE INTO news_seen (region, language, news_id, seen_at) "
                     "VALUES (?1, ?2, ?3, ?4)"_s);
    for (const QString &id : ids) {
        seen.bindAll(key.region, key.language, id, at);
        seen.exec();
    }
    transaction.commit();
}

void NewsWatchTable::recordError(const model::ContentKey &key, const QString &error,
                                 const QDateTime &when)
{
    Statement st = m_db.prepare(u"UPDATE news_watch SET last_poll_at = ?3, last_error = ?4 "
                                "WHERE region = ?1 AND language = ?2"_s);
    st.bindAll(key.region, key.language, when.toUTC().toString(Qt::ISODate), error);
    st.exec();
}

} // namespace integreat::store
