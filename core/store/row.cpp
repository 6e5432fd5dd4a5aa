#include "core/store/row.h"

#include "core/store/jsoncodec.h"
#include "core/store/statement.h"

#include <QCryptographicHash>
#include <algorithm>
#include <cstring>

namespace integreat::store {

using namespace Qt::StringLiterals;

namespace {
bool contains(const QList<const char *> &columns, const char *column)
{
    return std::any_of(columns.cbegin(), columns.cend(),
                       [column](const char *c) { return std::strcmp(c, column) == 0; });
}

template <class... Fs> struct Overloaded : Fs...
{
    using Fs::operator()...;
};
template <class... Fs> Overloaded(Fs...) -> Overloaded<Fs...>;
} // namespace

Row &Row::append(const char *column, SqlValue value)
{
    m_columns.append(column);
    m_values.append(std::move(value));
    return *this;
}

Row &Row::add(const char *column, const QString &value)
{
    return append(column, value.isNull() ? QString(u""_s) : value);
}

Row &Row::add(const char *column, qint64 value)
{
    return append(column, value);
}

Row &Row::add(const char *column, int value)
{
    return append(column, qint64(value));
}

Row &Row::add(const char *column, bool value)
{
    return append(column, qint64(value ? 1 : 0));
}

Row &Row::add(const char *column, double value)
{
    return append(column, value);
}

Row &Row::add(const char *column, std::nullptr_t)
{
    return append(column, std::monostate());
}

Row &Row::add(const char *column, const QDateTime &value)
{
    return addNullable(column, codec::toIso(value));
}

Row &Row::addNullable(const char *column, const QString &value)
{
    return value.isNull() ? append(column, std::monostate()) : append(column, value);
}

SqlValue Row::value(const char *column) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (std::strcmp(m_columns.at(i), column) == 0)
            return m_values.at(i);
    }
    return {};
}

QString Row::text(const char *column) const
{
    return std::visit(Overloaded{[](std::monostate) -> QString { return {}; },
                                 [](qint64 v) -> QString { return QString::number(v); },
                                 [](double v) -> QString { return QString::number(v, 'g', 17); },
                                 [](const QString &v) -> QString {
                                     return v;
                                 }},
                      value(column));
}

void Row::bindTo(Statement &statement, int firstIndex) const
{
    int index = firstIndex;
    for (const SqlValue &value : m_values) {
        std::visit(Overloaded{[&](std::monostate) { statement.bindNull(index); },
                              [&](qint64 v) { statement.bind(index, v); },
                              [&](double v) { statement.bind(index, v); },
                              [&](const QString &v) {
                                  statement.bind(index, v);
                              }},
                   value);
        ++index;
    }
}

void Row::addToHash(QCryptographicHash &hash, const QList<const char *> &excluded) const
{
    // Each value is tagged with its type and length-prefixed, so ("ab","c") != ("a","bc").
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const char *column = m_columns.at(i);
        if (contains(excluded, column))
            continue;
        hash.addData(QByteArrayView(column, qsizetype(std::strlen(column)) + 1));
        QByteArray bytes = std::visit(
            Overloaded{[](std::monostate) -> QByteArray { return "n"; },
                       [](qint64 v) -> QByteArray { return 'i' + QByteArray::number(v); },
                       [](double v) -> QByteArray { return 'r' + QByteArray::number(v, 'g', 17); },
                       [](const QString &v) -> QByteArray {
                           return 't' + v.toUtf8();
                       }},
            m_values.at(i));
        const qint64 size = bytes.size();
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
        hash.addData(bytes);
    }
}

QString Row::fingerprint(const QList<const char *> &excluded) const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    addToHash(hash, excluded);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace integreat::store
