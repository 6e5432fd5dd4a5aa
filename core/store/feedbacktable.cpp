#include "core/store/feedbacktable.h"

#include "core/store/database.h"
#include "core/store/statement.h"

using namespace Qt::StringLiterals;

namespace integreat::store {

FeedbackTable::FeedbackTable(Database &db)
    : m_db(db)
{
}

qint64 FeedbackTable::add(const model::Feedback &feedback, const QDateTime &when)
{
    Transaction transaction(m_db);
    Statement st = m_db.prepare(
        u"INSERT INTO feedback_queue (region, language, kind, slug, query, rating, comment, "
        "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"_s);
    st.bindAll(feedback.key.region, feedback.key.language, model::Feedback::kindName(feedback.kind),
               feedback.slug, feedback.query, model::Feedback::ratingName(feedback.rating),
               feedback.comment, when.toUTC().toString(Qt::ISODate));
    st.step();
    const qint64 id = m_db.lastInsertRowId();
    transaction.commit();
    return id;
}

QList<FeedbackTable::Entry> FeedbackTable::pending() const
{
    QList<Entry> entries;
    Statement st =
        m_db.prepare(u"SELECT id, region, language, kind, slug, query, rating, "
                     "comment, created_at, last_error FROM feedback_queue ORDER BY id"_s);
    while (st.step()) {
        const std::optional<model::Feedback::Kind> kind =
            model::Feedback::kindFromName(st.columnText(3));
        if (!kind)
            continue;
        Entry entry;
        entry.id = st.columnInt64(0);
        entry.feedback.key = {st.columnText(1), st.columnText(2)};
        entry.feedback.kind = *kind;
        entry.feedback.slug = st.columnText(4);
        entry.feedback.query = st.columnText(5);
        entry.feedback.rating = model::Feedback::ratingFromName(st.columnText(6));
        entry.feedback.comment = st.columnText(7);
        entry.createdAt = QDateTime::fromString(st.columnText(8), Qt::ISODate);
        entry.lastError = st.columnText(9);
        entries.append(entry);
    }
    return entries;
}

int FeedbackTable::count() const
{
    return int(m_db.queryInt(u"SELECT count(*) FROM feedback_queue"_s));
}

void FeedbackTable::remove(qint64 id)
{
    Transaction transaction(m_db);
    Statement st = m_db.prepare(u"DELETE FROM feedback_queue WHERE id = ?1"_s);
    st.bindAll(id);
    st.step();
    transaction.commit();
}

void FeedbackTable::recordError(qint64 id, const QString &error)
{
    Transaction transaction(m_db);
    Statement st = m_db.prepare(u"UPDATE feedback_queue SET last_error = ?2 WHERE id = ?1"_s);
    st.bindAll(id, error);
    st.step();
    transaction.commit();
}

} // namespace integreat::store
