#pragma once

#include "core/store/statement.h"

#include <QElapsedTimer>
#include <QString>
#include <QtGlobal>
#include <functional>
#include <memory>

struct sqlite3;

namespace integreat::store {

class WriteGate;

/// One SQLite connection (owns its sqlite3*). Opening sets WAL, synchronous=NORMAL,
/// foreign_keys=ON and a busy handler, and reads the header, so a file that is not an SQLite
/// database fails here with StoreError (Reason::Damaged). Writers wait for each other: write
/// transactions of this process pass the file's WriteGate one at a time, and a lock held by
/// another process is waited for as long as it is held (up to 10 minutes) unless the cancel
/// check says stop. Not thread-safe: use one connection per thread. Every error throws
/// StoreError.
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

    /// Asked now and then while a write waits for another writer (in this process or
    /// another); true ends the wait with StoreError (Reason::Busy). Empty: wait.
    void setCancelCheck(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }
    /// Takes this file's write gate (nested calls on one connection count); throws
    /// StoreError (Busy) when cancelled while waiting. Transaction does this for writes.
    void beginWrite();
    void endWrite() noexcept;

private:
    static int onBusy(void *self, int attempt);
    QString runCheck(const QString &pragma);
    void close() noexcept;

    QString m_filePath;
    sqlite3 *m_db = nullptr;
    qint64 m_excludedChanges = 0;
    std::shared_ptr<WriteGate> m_gate;
    int m_writeDepth = 0;
    std::function<bool()> m_cancelled;
    QElapsedTimer m_busySince;
};

/// RAII transaction: commit() ends it; the destructor rolls back whatever was not committed.
class Transaction final
{
public:
    enum class Mode
    {
        Immediate, ///< BEGIN IMMEDIATE: passes the WriteGate, then takes the write lock now
        Deferred,  ///< BEGIN DEFERRED: a read snapshot until the first write (no gate)
        Read,      ///< a read snapshot; joins (does nothing in) a transaction already open
    };

    explicit Transaction(Database &db, Mode mode = Mode::Immediate);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    void commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    void releaseWrite() noexcept;

    Database &m_db;
    bool m_active = false;
    bool m_writing = false; ///< holds the connection's write gate
};

} // namespace integreat::store
