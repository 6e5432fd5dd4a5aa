#include "core/net/freshness.h"

#include <QLocale>
#include <QString>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace integreat::net {

namespace {

struct Directive
{
    QByteArray name;  ///< lower case
    QByteArray value; ///< unquoted; empty when there is none
    bool hasValue = false;
};

// Cache-Control directives; commas inside quoted values do not split.
QList<Directive> parseDirectives(const QByteArray &header)
{
    QList<QByteArray> parts;
    QByteArray current;
    bool quoted = false;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const char c = header.at(i);
        if (c == '"')
            quoted = !quoted;
        if (c == ',' && !quoted) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);

    QList<Directive> directives;
    for (const QByteArray &part : std::as_const(parts)) {
        const QByteArray trimmed = part.trimmed();
        if (trimmed.isEmpty())
            continue;
        Directive directive;
        const qsizetype equals = trimmed.indexOf('=');
        directive.name = (equals < 0 ? trimmed : trimmed.left(equals)).trimmed().toLower();
        if (equals >= 0) {
            directive.hasValue = true;
            directive.value = trimmed.mid(equals + 1).trimmed();
            if (directive.value.size() >= 2 && directive.value.startsWith('"') &&
                directive.value.endsWith('"'))
                directive.value = directive.value.mid(1, directive.value.size() - 2).trimmed();
        }
        directives.append(directive);
    }
    return directives;
}

// delta-seconds: digits only; nullopt otherwise.
std::optional<qint64> deltaSeconds(const QByteArray &value)
{
    if (value.isEmpty() || value.size() > 18)
        return std::nullopt;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return value.toLongLong();
}

} // namespace

QDateTime parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value.trimmed());
    if (text.isEmpty())
        return {};
    const QDateTime fixdate = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (fixdate.isValid())
        return QDateTime(fixdate.date(), fixdate.time(), QTimeZone::utc());
    return QDateTime::fromString(text, Qt::RFC2822Date);
}

QDateTime Freshness::expiresAt(const QDateTime &now) const
{
    return now.addSecs(lifetimeSecs.value_or(0));
}

Freshness freshness(const QByteArray &cacheControl, const QByteArray &expires,
                    const QByteArray &age, const QDateTime &now, const FreshnessPolicy &policy)
{
    Freshness result;
    bool noCache = false;
    std::optional<qint64> maxAge;
    for (const Directive &directive : parseDirectives(cacheControl)) {
        if (directive.name == "no-store") {
            result.storable = false;
        } else if (directive.name == "no-cache" && directive.value.isEmpty()) {
            noCache = true; // no-cache="field" only concerns that field
        } else if (directive.name == "must-revalidate") {
            result.mustRevalidate = true;
        } else if (directive.name == "max-age" && !maxAge) {
            maxAge = deltaSeconds(directive.value).value_or(0); // a bad max-age means stale
        }
    }

    if (!result.storable || noCache) {
        result.serverLifetimeSecs = 0;
    } else if (maxAge) {
        result.serverLifetimeSecs = *maxAge;
    } else if (!expires.trimmed().isEmpty()) {
        const QDateTime when = parseHttpDate(expires);
        result.serverLifetimeSecs = when.isValid() ? std::max<qint64>(0, now.secsTo(when)) : 0;
    }
    if (result.serverLifetimeSecs && *result.serverLifetimeSecs > 0) {
        if (const auto seconds = deltaSeconds(age.trimmed()))
            result.serverLifetimeSecs = std::max<qint64>(0, *result.serverLifetimeSecs - *seconds);
    }

    result.lifetimeSecs = result.serverLifetimeSecs;
    if (!result.lifetimeSecs)
        result.lifetimeSecs =
            result.mustRevalidate ? std::optional<qint64>(0) : policy.defaultLifetimeSecs;
    if (result.lifetimeSecs)
        result.lifetimeSecs = std::max(*result.lifetimeSecs, policy.minimumSecs);
    return result;
}

Freshness freshness(const Reply &reply, const QDateTime &now, const FreshnessPolicy &policy)
{
    return freshness(reply.header("Cache-Control"), reply.header("Expires"), reply.header("Age"),
                     now, policy);
}

} // namespace integreat::net
