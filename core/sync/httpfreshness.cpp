#include "httpfreshness.h"

#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace integreat::sync {

namespace {

QDateTime parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value.trimmed());
    QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid()) {
        when = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
        when.setTimeZone(QTimeZone::utc());
    }
    return when;
}

} // namespace

std::optional<qint64> freshnessLifetime(const QByteArray &cacheControl, const QByteArray &expires,
                                        const QDateTime &now)
{
    std::optional<qint64> maxAge;
    for (const QByteArray &part : cacheControl.split(',')) {
        const QByteArray directive = part.trimmed().toLower();
        if (directive == "no-cache" || directive == "no-store")
            return 0;
        if (directive.startsWith("max-age=")) {
            bool ok = false;
            const qint64 seconds = directive.mid(8).trimmed().replace('"', "").toLongLong(&ok);
            if (ok)
                maxAge = std::max<qint64>(0, seconds);
        }
    }
    if (maxAge || expires.trimmed().isEmpty())
        return maxAge;
    const QDateTime when = parseHttpDate(expires);
    return when.isValid() ? std::max<qint64>(0, now.secsTo(when)) : 0;
}

} // namespace integreat::sync
