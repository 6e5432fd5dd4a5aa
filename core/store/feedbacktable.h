#pragma once

#include "core/model/feedback.h"

#include <QDateTime>
#include <QList>

namespace integreat::store {

class Database;

/// The queue of feedback not yet sent (schema version 9): what a visitor gave while the app
/// was offline, oldest first.
class FeedbackTable final
{
public:
    struct Entry
    {
        qint64 id = 0;
        model::Feedback feedback;
        QDateTime createdAt;
        QString lastError; ///< why the last try failed; empty before a try
    };

    explicit FeedbackTable(Database &db);

    /// Queues `feedback`; returns its id.
    qint64 add(const model::Feedback &feedback, const QDateTime &when);
    /// Every queued entry, oldest first (an entry of a kind this version does not know is
    /// left out).
    QList<Entry> pending() const;
    int count() const;
    void remove(qint64 id);
    void recordError(qint64 id, const QString &error);

private:
    Database &m_db;
};

} // namespace integreat::store
