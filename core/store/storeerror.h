#pragma once

#include <QString>
#include <stdexcept>

namespace integreat::store {

/// Every failure of the local store. `what()` and `message()` carry one sentence a user can
/// read ("The disk is full"); `detail()` keeps the technical text (SQLite's message, the file,
/// the statement) for logs.
class StoreError final : public std::runtime_error
{
public:
    /// What went wrong, in terms a caller can act on.
    enum class Reason
    {
        DiskFull,     ///< SQLITE_FULL: free disk space, then sync again
        Damaged,      ///< SQLITE_CORRUPT / SQLITE_NOTADB: move the file aside and resync
        NewerVersion, ///< written by a newer app version (schema unknown to this build)
        Foreign,      ///< a valid SQLite file that belongs to another program
        Busy,         ///< SQLITE_BUSY / SQLITE_LOCKED after the busy timeout
        ReadOnly,     ///< SQLITE_READONLY / SQLITE_PERM / SQLITE_AUTH
        CannotOpen,   ///< SQLITE_CANTOPEN
        Io,           ///< SQLITE_IOERR
        OutOfMemory,  ///< SQLITE_NOMEM
        InvalidInput, ///< a caller passed something the store cannot keep
        Other,
    };

    /// From an SQLite result code (primary or extended) and the technical detail.
    StoreError(int sqliteCode, const QString &detail);
    /// For errors that do not come from SQLite (newer schema, foreign file, bad input).
    StoreError(Reason reason, const QString &message, const QString &detail = {});

    Reason reason() const { return m_reason; }
    /// The SQLite result code as reported (extended codes included); 0 when not from SQLite.
    int sqliteCode() const { return m_sqliteCode; }
    /// The user-facing sentence (same text as what()).
    QString message() const { return m_message; }
    /// The technical detail: SQLite's own message, file name, statement.
    QString detail() const { return m_detail; }

    /// The user-facing sentence for a reason (translatable).
    static QString messageFor(Reason reason);
    /// Maps an SQLite result code to a reason.
    static Reason reasonFor(int sqliteCode);

private:
    StoreError(Reason reason, int sqliteCode, const QString &message, const QString &detail);

    Reason m_reason;
    int m_sqliteCode;
    QString m_message;
    QString m_detail;
};

} // namespace integreat::store
