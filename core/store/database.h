#pragma once

#include "core/store/statement.h"

#include <QString>
#include <QtGlobal>

struct sqlite3;

namespace integreat::store {

/// One SQLite connection (owns its sqlite3*). Opening sets WAL, synchronous=NORMAL,
/// foreign_keys=ON and a 5 s busy timeout, and reads the header, so a file that is not an
/// SQLite database fails here with StoreError (Reason::Damaged). Not thread-safe: use one
/// connection per thread. Every error throws StoreError.
class Database final
{
public:
    enum class OpenMode
    {
        ReadWriteCreate,
        ReadWrite,
        ReadOnly
    };

    explicit Database(const QString &filePath, OpenMode mode = OpenMode::ReadWriteCreate);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QString filePath() const { return m_filePath; }
    /// The raw connection, for what this wrapper does not cover.
    sqlite3 *handle() const { return m_db; }

    /// Runs one or more SQL statements that return no rows of interest.
    void exec(const QString &sql);
    Statement prepare(const QString &sql);
    /// The first column of the first row as an integer / text (0 / null when no row).
    qint64 queryInt(const QString &sql);
    QString queryText(const QString &sql);

    /// The journal mode in effect: "wal" normally; "delete" or "memory" where WAL is impossible.
    QString journalMode();
    /// Rows inserted, updated or deleted by this connection since it was opened, except those
    /// reported through excludeFromChanges().
    qint64 totalChanges() const;
    /// Leaves `rows` written to derived tables (the search index, SearchIndex) out of
    /// totalChanges(), so that it keeps counting content rows only.
    void excludeFromChanges(qint64 rows) { m_excludedChanges += rows; }
    qint64 lastInsertRowId() const;
    /// True between BEGIN and COMMIT/ROLLBACK.
    bool inTransaction() const;

    /// PRAGMA integrity_check: "ok", or the first problem found.
    QString integrityCheck();
    /// PRAGMA quick_check: like integrityCheck() but O(size) and without index checks.
    QString quickCheck();

private:
    QString runCheck(const QString &pragma);
    void close() noexcept;

    QString m_filePath;
    sqlite3 *m_db = nullptr;
    qint64 m_excludedChanges = 0;
};

/// RAII transaction: commit() ends it; the destructor rolls back whatever was not committed.
class Transaction final
{
public:
    enum class Mode
    {
        Immediate, ///< BEGIN IMMEDIATE: takes the write lock now (waits up to the busy timeout)
        Deferred,  ///< BEGIN DEFERRED: a read snapshot until the first write
        Read,      ///< a read snapshot; joins (does nothing in) a transaction already open
    };

    explicit Transaction(Database &db, Mode mode = Mode::Immediate);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    void commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace integreat::store
