#include "core/api/jsonread.h"

#include <QJsonDocument>
#include <QUrl>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace integreat::api::json {

QString string(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    return {};
}

QString firstString(const QJsonObject &object, std::initializer_list<QLatin1StringView> keys)
{
    for (const QLatin1StringView key : keys) {
        QString s = string(object, key);
        if (!s.isEmpty())
            return s;
    }
    return {};
}

std::optional<int> integer(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && d >= std::numeric_limits<int>::min() &&
            d <= std::numeric_limits<int>::max())
            return int(d);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const int i = value.toString().trimmed().toInt(&ok);
        if (ok)
            return i;
    }
    return std::nullopt;
}

std::optional<double> number(const QJsonValue &value)
{
    double d = 0;
    if (value.isDouble()) {
        d = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        d = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(d))
        return std::nullopt;
    return d;
}

std::optional<bool> boolean(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == 0 || d == 1)
            return d == 1;
        return std::nullopt;
    }
    if (value.isString()) {
        const QString s = value.toString().trimmed().toLower();
        if (s == u"true" || s == u"1")
            return true;
        if (s == u"false" || s == u"0")
            return false;
    }
    return std::nullopt;
}

QDateTime dateTime(const QJsonValue &value)
{
    if (value.isDouble()) { // seconds since the epoch: never sent so far, but unambiguous
        const double d = value.toDouble();
        if (std::isfinite(d) && std::fabs(d) < 1e13)
            return QDateTime::fromSecsSinceEpoch(qint64(d), Qt::UTC);
        return {};
    }
    if (!value.isString())
        return {};
    QString text = value.toString().trimmed();
    if (text.size() > 10 && text.at(10) == u' ')
        text[10] = u'T';
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC); // same clock reading, read as UTC
    return dt;
}

QString decodePath(const QString &path)
{
    if (!path.contains(u'%'))
        return path;
    const QString decoded = QUrl::fromPercentEncoding(path.toUtf8());
    if (decoded.contains(QChar::ReplacementCharacter) &&
        !path.contains(QChar::ReplacementCharacter))
        return path;
    return decoded;
}

QString pathOfUrl(const QString &urlOrPath)
{
    const QString s = urlOrPath.trimmed();
    if (s.isEmpty() || s.startsWith(u'/'))
        return decodePath(s);
    const QUrl url(s, QUrl::TolerantMode);
    if (url.isValid() && !url.host().isEmpty())
        return decodePath(url.path(QUrl::FullyEncoded));
    return decodePath(s);
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"a list"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"missing"_s;
}

QString requiredString(const QJsonObject &object, QLatin1StringView key, ItemIssues &issues)
{
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        issues.skip(value.isUndefined()
                        ? u"'%1' is missing"_s.arg(key)
                        : u"'%1' is not a string but %2"_s.arg(key, typeName(value)));
        return {};
    }
    return value.toString();
}

namespace {
QString errorMessage(const QJsonValue &error)
{
    if (error.isString())
        return error.toString();
    if (error.isObject())
        return QString::fromUtf8(QJsonDocument(error.toObject()).toJson(QJsonDocument::Compact));
    if (error.isArray())
        return QString::fromUtf8(QJsonDocument(error.toArray()).toJson(QJsonDocument::Compact));
    const QString s = string(error);
    return s.isEmpty() ? u"(no message)"_s : s;
}
} // namespace

Items itemsOf(const QJsonDocument &doc, QLatin1StringView kind, Shape shape)
{
    if (doc.isArray())
        return {doc.array(), {}};
    if (doc.isObject()) {
        const QJsonObject object = doc.object();
        // The error body: {"error": "..."}. A real item has a path; never mistake it.
        if (object.contains("error"_L1) && !object.contains("path"_L1))
            return {{}, u"server said: "_s + errorMessage(object.value("error"_L1))};
        if (shape == Shape::ListOrObject)
            return {QJsonArray{object}, {}};
        return {{}, u"%1: expected a list but the document is an object"_s.arg(kind)};
    }
    return {{}, u"%1: the document is empty or not JSON"_s.arg(kind)};
}

} // namespace integreat::api::json
