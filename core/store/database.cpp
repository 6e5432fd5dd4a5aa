#include "core/store/database.h"

#include "core/store/storeerror.h"
#include "core/store/writegate.h"

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <algorithm>
#include <sqlite3.h>

namespace integreat::store {

namespace {
/// How long a write waits for another process's writer before it gives up (a sync's apply
/// takes seconds; this only ends a wait for a writer that hangs).
constexpr qint64 kBusyLimitMs = 10 * 60 * 1000;
/// The longest pause between two attempts while another process writes.
constexpr int kBusyPauseMaxMs = 50;
/// After a checkpoint, a WAL grown by a big sync is cut back to this size.
constexpr qint64 kWalSizeLimit = 64 * 1024 * 1024;
} // namespace

Database::Database(const QString &filePath, OpenMode mode)
    : m_filePath(filePath)
{
    int flags = 0;
    switch (mode) {
    case OpenMode::ReadWriteCreate:
        flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case OpenMode::ReadWrite:
        flags = SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::ReadOnly:
        flags = SQLITE_OPEN_READONLY;
        break;
    }
    const QByteArray path = QDir::toNativeSeparators(filePath).toUtf8();
    const int rc = sqlite3_open_v2(path.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = (m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString()) +
                               QStringLiteral(": ") + filePath;
        close();
        throw StoreError(rc, detail);
    }
    try {
        sqlite3_extended_result_codes(m_db, 1);
        sqlite3_busy_handler(m_db, &Database::onBusy, this);
        // The first statement reads the header: a file that is not SQLite fails here.
        if (mode != OpenMode::ReadOnly)
            exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        else
            queryInt(QStringLiteral("PRAGMA schema_version"));
        exec(QStringLiteral("PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
                            "PRAGMA journal_size_limit=%1")
                 .arg(kWalSizeLimit));
    } catch (...) {
        close();
        throw;
    }
    const QString canonical = QFileInfo(filePath).canonicalFilePath();
    m_gate = WriteGate::forFile(canonical.isEmpty() ? filePath : canonical);
}

int Database::onBusy(void *self, int attempt)
{
    auto *db = static_cast<Database *>(self);
    if (attempt == 0)
        db->m_busySince.start();
    if ((db->m_cancelled && db->m_cancelled()) || db->m_busySince.elapsed() > kBusyLimitMs)
        return 0; // SQLITE_BUSY: StoreError (Busy)
    sqlite3_sleep(std::min(1 + attempt, kBusyPauseMaxMs));
    return 1;
}

void Database::beginWrite()
{
    if (m_writeDepth == 0 && !m_gate->acquire(m_cancelled)) {
        throw StoreError(StoreError::Reason::Busy, {},
                         QStringLiteral("cancelled while waiting for another writer (") +
                             m_filePath + QStringLiteral(")"));
    }
    ++m_writeDepth;
}

void Database::endWrite() noexcept
{
    if (m_writeDepth > 0 && --m_writeDepth == 0)
        m_gate->release();
}

Database::~Database()
{
    close();
}

void Database::close() noexcept
{
    while (m_writeDepth > 0)
        endWrite();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        QString detail =
            message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(message);
        const int code = sqlite3_extended_errcode(m_db);
        throw StoreError((code & 0xff) == (rc & 0xff) ? code : rc,
                         detail + QStringLiteral(" in: ") + sql.left(200) + QStringLiteral(" (") +
                             m_filePath + QStringLiteral(")"));
    }
}

Statement Database::prepare(const QString &sql)
{
    return Statement(*this, sql);
}

qint64 Database::queryInt(const QString &sql)
{
    Statement statement(*this, sql);
    return statement.step() ? statement.columnInt64(0) : 0;
}

QString Database::queryText(const QString &sql)
{
    Statement statement(*this, sql);
    return statement.step() ? statement.columnText(0) : QString();
}

QString Database::journalMode()
{
    return queryText(QStringLiteral("PRAGMA journal_mode"));
}

qint64 Database::totalChanges() const
{
#if SQLITE_VERSION_NUMBER >= 3037000
    return sqlite3_total_changes64(m_db) - m_excludedChanges;
#else
    return sqlite3_total_changes(m_db) - m_excludedChanges;
#endif
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

QString Database::integrityCheck()
{
    return runCheck(QStringLiteral("PRAGMA integrity_check(1)"));
}

QString Database::quickCheck()
{
    return runCheck(QStringLiteral("PRAGMA quick_check(1)"));
}

QString Database::runCheck(const QString &pragma)
{
    try {
        const QString result = queryText(pragma);
        return result.isEmpty() ? QStringLiteral("no result from the integrity check") : result;
    } catch (const StoreError &error) {
        // A badly damaged file makes the check itself fail: that is its answer.
        if (error.reason() != StoreError::Reason::Damaged)
            throw;
        return error.detail();
    }
}

Transaction::Transaction(Database &db, Mode mode)
    : m_db(db)
{
    if (mode == Mode::Read && m_db.inTransaction())
        return;
    if (mode == Mode::Immediate) {
        m_db.beginWrite();
        m_writing = true;
    }
    try {
        m_db.exec(mode == Mode::Immediate ? QStringLiteral("BEGIN IMMEDIATE")
                                          : QStringLiteral("BEGIN DEFERRED"));
    } catch (...) {
        releaseWrite();
        throw;
    }
    m_active = true;
}

Transaction::~Transaction()
{
    if (m_active && m_db.inTransaction()) {
        // Never throws: a failed rollback leaves SQLite to roll back on close.
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
    releaseWrite();
}

void Transaction::releaseWrite() noexcept
{
    if (m_writing) {
        m_writing = false;
        m_db.endWrite();
    }
}

void Transaction::commit()
{
    if (!m_active)
        throw StoreError(StoreError::Reason::Other, {},
                         QStringLiteral("commit without a transaction"));
    // Rows written during COMMIT itself are virtual tables flushing their buffers (the FTS5
    // search index writes its pending terms then): derived data, not content.
    const qint64 before = m_db.totalChanges();
    m_db.exec(QStringLiteral("COMMIT"));
    m_db.excludeFromChanges(m_db.totalChanges() - before);
    m_active = false;
    releaseWrite();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    const auto release = qScopeGuard([this] { releaseWrite(); });
    if (m_db.inTransaction())
        m_db.exec(QStringLiteral("ROLLBACK"));
}

} // namespace integreat::store
