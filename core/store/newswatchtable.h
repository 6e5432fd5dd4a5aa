#pragma once

#include "core/model/contentkey.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>

namespace integreat::store {

class Database;

/// The news watcher's tables (schema version 4): whether a (region, language) has its
/// baseline, and which news ids were seen.
class NewsWatchTable final
{
public:
    explicit NewsWatchTable(Database &db);

    bool hasBaseline(const model::ContentKey &key) const;
    QSet<QString> seen(const model::ContentKey &key) const;
    /// Records `ids` as seen (and the baseline when there was none) in one transaction.
    void record(const model::ContentKey &key, const QStringList &ids, const QDateTime &when);
    void recordError(const model::ContentKey &key, const QString &error, const QDateTime &when);

private:
    Database &m_db;
};

} // namespace integreat::store
