#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace integreat::store {

class Database;

/// One prepared statement (owns its sqlite3_stmt). Bind parameters by 1-based index or by
/// name (":name"), step through rows, read columns by 0-based index. Binding after a step
/// resets the statement first, so one Statement can be reused for many rows.
/// Errors throw StoreError. Move-only; must not outlive its Database.
class Statement final
{
public:
    Statement(Database &db, const QString &sql);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    // --- binding (index is 1-based) ---
    Statement &bind(int index, const QString &value); ///< UTF-8 text; a null QString binds ''
    Statement &bind(int index, QStringView value);
    Statement &bind(int index, const QByteArray &value); ///< blob; a null QByteArray binds NULL
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value);
    Statement &bind(int index, bool value); ///< 0 / 1
    Statement &bind(int index, double value);
    Statement &bind(int index, std::nullptr_t);
    Statement &bind(int index, const char *) = delete; ///< say QStringLiteral / u""_s
    Statement &bindNull(int index);
    template <typename T> Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    /// By parameter name including its prefix (":path"); throws if the statement has none.
    template <typename T> Statement &bind(const char *name, const T &value)
    {
        return bind(parameterIndex(name), value);
    }
    /// Binds the values to parameters 1..n in order.
    template <typename... Ts> Statement &bindAll(const Ts &...values)
    {
        int index = 0;
        (bind(++index, values), ...);
        return *this;
    }
    int parameterIndex(const char *name) const;
    int parameterCount() const;
    /// Resets the statement and clears all bindings to NULL.
    void clearBindings();

    // --- running ---
    /// Advances to the next row: true when a row is available, false when done.
    bool step();
    /// Runs to completion (for statements that return no rows) and resets.
    void exec();
    /// Rewinds to before the first row; bindings stay.
    void reset();

    // --- columns (index is 0-based, valid after step() returned true) ---
    int columnCount() const;
    QString columnName(int column) const;
    bool isNull(int column) const;
    QString columnText(int column) const; ///< NULL -> null QString
    QByteArray columnBlob(int column) const;
    qint64 columnInt64(int column) const;
    int columnInt(int column) const;
    bool columnBool(int column) const;
    double columnDouble(int column) const;
    std::optional<qint64> columnOptionalInt64(int column) const;
    std::optional<double> columnOptionalDouble(int column) const;

    QString sql() const;

private:
    void check(int rc, const char *what) const;
    void prepareForBind();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_needsReset = false;
};

} // namespace integreat::store
