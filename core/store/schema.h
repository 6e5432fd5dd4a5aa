#pragma once

#include <QList>
#include <QString>
#include <functional>

namespace integreat::store {

class Database;

/// The store's schema: its version lives in PRAGMA user_version, the file is marked as ours
/// with PRAGMA application_id, and forward migrations bring an older file up to date, each
/// in its own transaction. To change the schema, append a migration; never edit a released one.
class Schema final
{
public:
    struct Migration
    {
        int version; ///< user_version after this step
        QString description;
        std::function<void(Database &)> apply;
    };

    /// 'INTG': marks a file as an Integreat Desktop store.
    static constexpr int applicationId = 0x494E5447;

    /// The ordered list of migration steps; the last one's version is currentVersion().
    static const QList<Migration> &migrations();
    static int currentVersion();
    /// The version a file is at (0 for a new, empty file).
    static int version(Database &db);

    /// Brings the file to currentVersion(). Throws StoreError: NewerVersion when the file is
    /// newer than this build, Foreign when it holds another program's tables, Damaged when it
    /// is not SQLite or is corrupt.
    static void migrate(Database &db);
};

} // namespace integreat::store
