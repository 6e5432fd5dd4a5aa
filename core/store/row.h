#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>
#include <variant>

class QCryptographicHash;

namespace integreat::store {

class Statement;

/// One value as SQLite stores it.
using SqlValue = std::variant<std::monostate, qint64, double, QString>;

/// The values of one row, named by column, in insertion order: what the writer binds and
/// what its fingerprint covers, built in one place so the two cannot drift apart.
class Row final
{
public:
    Row &add(const char *column, const QString &value); ///< '' for a null QString
    Row &add(const char *column, qint64 value);
    Row &add(const char *column, int value);
    Row &add(const char *column, bool value);
    Row &add(const char *column, double value);
    Row &add(const char *column, std::nullptr_t);
    Row &add(const char *column, const QDateTime &value); ///< ISO text, NULL when invalid
    Row &add(const char *column, const char *) = delete;
    /// Nullable text (JSON columns): a null QString becomes NULL.
    Row &addNullable(const char *column, const QString &value);
    template <typename T> Row &add(const char *column, const std::optional<T> &value)
    {
        return value ? add(column, *value) : add(column, nullptr);
    }

    const QList<const char *> &columns() const { return m_columns; }
    const QList<SqlValue> &values() const { return m_values; }
    /// The value of a column (monostate when absent).
    SqlValue value(const char *column) const;
    /// The value as text (for keys): integers in decimal.
    QString text(const char *column) const;

    /// Binds every value to parameters firstIndex, firstIndex + 1, ...
    void bindTo(Statement &statement, int firstIndex = 1) const;
    /// Feeds column names and values, except `excluded` columns, into a hash.
    void addToHash(QCryptographicHash &hash, const QList<const char *> &excluded = {}) const;
    /// SHA-1 (hex) of this row's values except `excluded` columns.
    QString fingerprint(const QList<const char *> &excluded = {}) const;

private:
    Row &append(const char *column, SqlValue value);

    QList<const char *> m_columns;
    QList<SqlValue> m_values;
};

} // namespace integreat::store
