#pragma once

#include "core/api/mappers.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <initializer_list>
#include <optional>
#include <utility>

/// Tolerant accessors for API JSON: they take what a field is meant to hold in any of the forms
/// the API has sent over the years and give a default (or nullopt) for everything else.
namespace integreat::api::json {

/// Strings as they are; numbers in plain notation (postcodes sent as 86150); else empty.
QString string(const QJsonValue &value);
inline QString string(const QJsonObject &object, QLatin1StringView key)
{
    return string(object.value(key));
}
/// The first of `keys` whose value is a non-empty string (or number).
QString firstString(const QJsonObject &object, std::initializer_list<QLatin1StringView> keys);

/// Integral numbers and strings of digits ("42"); nullopt for null, fractions and the rest.
std::optional<int> integer(const QJsonValue &value);
inline int integer(const QJsonObject &object, QLatin1StringView key, int fallback)
{
    return integer(object.value(key)).value_or(fallback);
}
/// Finite numbers and numeric strings ("48.37"); nullopt otherwise.
std::optional<double> number(const QJsonValue &value);
/// true/false, 1/0 and the strings "true"/"false"/"1"/"0"; nullopt otherwise (null too).
std::optional<bool> boolean(const QJsonValue &value);
inline bool boolean(const QJsonObject &object, QLatin1StringView key, bool fallback)
{
    return boolean(object.value(key)).value_or(fallback);
}

/// ISO 8601 with or without milliseconds, keeping the offset sent; a value without an offset
/// ("2022-03-05 11:31:33", the old fcm `timestamp`) is read as UTC. Invalid when unreadable.
QDateTime dateTime(const QJsonValue &value);

/// A path as Unicode: percent-encoded UTF-8 ("/augsburg/fa/%d9%86...") is decoded, anything
/// that would not decode cleanly is kept as sent.
QString decodePath(const QString &path);
/// The decoded path of a full URL ("http://host/a/b/" -> "/a/b/"); paths pass through.
QString pathOfUrl(const QString &urlOrPath);

/// A JSON value's type for messages: "a number", "null", "a list" ...
QString typeName(const QJsonValue &value);

/// What is wrong with one item: a reason to skip it, and notes about odd values it kept.
class ItemIssues
{
public:
    void skip(const QString &why)
    {
        if (m_skipReason.isEmpty())
            m_skipReason = why;
    }
    void note(const QString &what) { m_notes.append(what); }
    bool skipped() const { return !m_skipReason.isEmpty(); }
    const QString &skipReason() const { return m_skipReason; }
    const QStringList &notes() const { return m_notes; }

private:
    QString m_skipReason;
    QStringList m_notes;
};

/// A string that an item cannot do without; skips the item when absent or of another type.
QString requiredString(const QJsonObject &object, QLatin1StringView key, ItemIssues &issues);

enum class Shape
{
    List,        ///< only a list is right; an object is a shape error
    ListOrObject ///< a single object counts as a one-item list
};

struct Items
{
    QJsonArray array;
    QString error;
};
/// The item list of a document, or an error for the server's {"error": ...} body and for
/// documents of the wrong shape.
Items itemsOf(const QJsonDocument &doc, QLatin1StringView kind, Shape shape);

/// Maps every item of `doc` with `mapOne(const QJsonObject &, ItemIssues &) -> T`; items that
/// are not objects or that mapOne marks skipped become warnings, the others are kept in order.
template <class T, class MapOne>
MapResult<T> mapItems(const QJsonDocument &doc, QLatin1StringView kind, Shape shape,
                      MapOne &&mapOne)
{
    MapResult<T> result;
    Items items = itemsOf(doc, kind, shape);
    if (!items.error.isEmpty()) {
        result.error = std::move(items.error);
        return result;
    }
    result.items.reserve(items.array.size());
    for (qsizetype i = 0; i < items.array.size(); ++i) {
        const QJsonValue value = items.array.at(i);
        const QString where = QString(kind) + QStringLiteral(": item ") + QString::number(i);
        if (!value.isObject()) {
            result.warnings.append(where + QStringLiteral(" skipped: it is ") + typeName(value) +
                                   QStringLiteral(", not an object"));
            continue;
        }
        ItemIssues issues;
        T item = mapOne(value.toObject(), issues);
        for (const QString &note : issues.notes())
            result.warnings.append(where + QStringLiteral(": ") + note);
        if (issues.skipped()) {
            result.warnings.append(where + QStringLiteral(" skipped: ") + issues.skipReason());
            continue;
        }
        result.items.append(std::move(item));
    }
    return result;
}

} // namespace integreat::api::json
