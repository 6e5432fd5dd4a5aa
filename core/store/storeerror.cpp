#include "core/store/storeerror.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace integreat::store {

namespace {
QString translate(const char *text)
{
    return QCoreApplication::translate("integreat::store::StoreError", text);
}
} // namespace

StoreError::StoreError(Reason reason, int sqliteCode, const QString &message, const QString &detail)
    : std::runtime_error(message.toStdString())
    , m_reason(reason)
    , m_sqliteCode(sqliteCode)
    , m_message(message)
    , m_detail(detail)
{
}

StoreError::StoreError(int sqliteCode, const QString &detail)
    : StoreError(reasonFor(sqliteCode), sqliteCode,
                 reasonFor(sqliteCode) == Reason::Other
                     ? messageFor(Reason::Other) + QStringLiteral(": ") + detail
                     : messageFor(reasonFor(sqliteCode)),
                 detail)
{
}

StoreError::StoreError(Reason reason, const QString &message, const QString &detail)
    : StoreError(reason, 0, message.isEmpty() ? messageFor(reason) : message, detail)
{
}

StoreError::Reason StoreError::reasonFor(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL:
        return Reason::DiskFull;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Reason::Damaged;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Reason::Busy;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return Reason::ReadOnly;
    case SQLITE_CANTOPEN:
        return Reason::CannotOpen;
    case SQLITE_IOERR:
        // SQLite reports a full disk during some writes as an I/O error.
        return Reason::Io;
    case SQLITE_NOMEM:
        return Reason::OutOfMemory;
    case SQLITE_MISUSE:
    case SQLITE_RANGE:
    case SQLITE_CONSTRAINT:
    case SQLITE_TOOBIG:
        return Reason::InvalidInput;
    default:
        return Reason::Other;
    }
}

QString StoreError::messageFor(Reason reason)
{
    switch (reason) {
    case Reason::DiskFull:
        return translate("The disk is full");
    case Reason::Damaged:
        return translate("The local database is damaged");
    case Reason::NewerVersion:
        return translate("The local database was written by a newer version of this app; "
                         "please update the app");
    case Reason::Foreign:
        return translate("The file is not a database of this app");
    case Reason::Busy:
        return translate("The local database is in use by another program");
    case Reason::ReadOnly:
        return translate("The local database cannot be written (no permission)");
    case Reason::CannotOpen:
        return translate("The local database cannot be opened");
    case Reason::Io:
        return translate("The local database could not be read or written");
    case Reason::OutOfMemory:
        return translate("There is not enough memory");
    case Reason::InvalidInput:
        return translate("The content could not be stored");
    case Reason::Other:
        break;
    }
    return translate("The local database reported an error");
}

} // namespace integreat::store
