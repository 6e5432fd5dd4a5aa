#pragma once

// Helpers of the pack codec's readers and writers (packcodec.cpp, packregioncodec.cpp) only.

#include "core/model/region.h"
#include "core/store/jsoncodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <type_traits>

namespace integreat::pack::codec::detail {

using namespace Qt::StringLiterals;

/// Thrown while reading a part: the list or field that is not valid.
struct Invalid
{
    QString where;
};

/// The store codec's JSON text as a JSON value inside the part (null for an empty text).
inline QJsonValue embed(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue::Null;
    return QJsonDocument::fromJson("["_ba + text.toUtf8() + "]"_ba).array().at(0);
}

inline QString unembed(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

inline QString text(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (!v.isString() && !v.isNull() && !v.isUndefined())
        throw Invalid{QString(key)};
    return v.toString();
}

inline QDateTime time(const QJsonObject &o, QLatin1StringView key)
{
    return store::codec::fromIso(text(o, key));
}

template <class T> std::optional<T> optional(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    if constexpr (std::is_same_v<T, bool>)
        return v.isBool() ? std::optional<bool>(v.toBool()) : throw Invalid{QString(key)};
    else {
        const double d = v.toDouble();
        if (!v.isDouble() || !(d >= -2147483647.0 && d <= 2147483647.0)) // also NaN
            throw Invalid{QString(key)};
        return T(d);
    }
}

QJsonObject toJson(const model::Language &language);
/// Throws Invalid.
model::Language languageFromJson(const QJsonObject &object);

} // namespace integreat::pack::codec::detail
