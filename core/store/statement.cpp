#include "core/store/statement.h"

#include "core/store/database.h"
#include "core/store/storeerror.h"

#include <sqlite3.h>
#include <utility>

namespace integreat::store {

Statement::Statement(Database &db, const QString &sql)
    : m_db(db.handle())
{
    const QByteArray utf8 = sql.toUtf8();
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), 0, &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        throw StoreError(sqlite3_extended_errcode(m_db),
                         QString::fromUtf8(sqlite3_errmsg(m_db)) + QStringLiteral(" in: ") + sql);
    }
    if (!m_stmt)
        throw StoreError(StoreError::Reason::InvalidInput, {},
                         QStringLiteral("empty statement: ") + sql);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_needsReset(other.m_needsReset)
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_needsReset = other.m_needsReset;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::check(int rc, const char *what) const
{
    if (rc == SQLITE_OK)
        return;
    throw StoreError(rc, QString::fromUtf8(what) + QStringLiteral(": ") +
                             QString::fromUtf8(sqlite3_errmsg(m_db)) + QStringLiteral(" in: ") +
                             sql());
}

void Statement::prepareForBind()
{
    if (m_needsReset) {
        sqlite3_reset(m_stmt); // the error of the last step was already reported by step()
        m_needsReset = false;
    }
}

Statement &Statement::bind(int index, const QString &value)
{
    return bind(index, QStringView(value));
}

Statement &Statement::bind(int index, QStringView value)
{
    prepareForBind();
    const QByteArray utf8 = value.toUtf8();
    check(sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                              SQLITE_TRANSIENT, SQLITE_UTF8),
          "bind text");
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (value.isNull())
        return bindNull(index);
    prepareForBind();
    check(sqlite3_bind_blob64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()),
                              SQLITE_TRANSIENT),
          "bind blob");
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    prepareForBind();
    check(sqlite3_bind_int64(m_stmt, index, value), "bind integer");
    return *this;
}

Statement &Statement::bind(int index, int value)
{
    return bind(index, qint64(value));
}

Statement &Statement::bind(int index, bool value)
{
    return bind(index, qint64(value ? 1 : 0));
}

Statement &Statement::bind(int index, double value)
{
    prepareForBind();
    check(sqlite3_bind_double(m_stmt, index, value), "bind real");
    return *this;
}

Statement &Statement::bind(int index, std::nullptr_t)
{
    return bindNull(index);
}

Statement &Statement::bindNull(int index)
{
    prepareForBind();
    check(sqlite3_bind_null(m_stmt, index), "bind null");
    return *this;
}

int Statement::parameterIndex(const char *name) const
{
    const int index = sqlite3_bind_parameter_index(m_stmt, name);
    if (index == 0)
        throw StoreError(
            StoreError::Reason::InvalidInput, {},
            QStringLiteral("no parameter %1 in: %2").arg(QString::fromUtf8(name), sql()));
    return index;
}

int Statement::parameterCount() const
{
    return sqlite3_bind_parameter_count(m_stmt);
}

void Statement::clearBindings()
{
    reset();
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::step()
{
    m_needsReset = true;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // sqlite3_step (v2 API) returns the specific code; reset so the statement is reusable.
    const int code = sqlite3_extended_errcode(m_db);
    const QString detail =
        QString::fromUtf8(sqlite3_errmsg(m_db)) + QStringLiteral(" in: ") + sql();
    sqlite3_reset(m_stmt);
    m_needsReset = false;
    throw StoreError((code & 0xff) == (rc & 0xff) ? code : rc, detail);
}

void Statement::exec()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    m_needsReset = false;
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::columnBlob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    if (!data)
        return {};
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

int Statement::columnInt(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}

bool Statement::columnBool(int column) const
{
    return sqlite3_column_int64(m_stmt, column) != 0;
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::optional<qint64> Statement::columnOptionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return columnInt64(column);
}

std::optional<double> Statement::columnOptionalDouble(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return columnDouble(column);
}

QString Statement::sql() const
{
    return m_stmt ? QString::fromUtf8(sqlite3_sql(m_stmt)) : QString();
}

} // namespace integreat::store
