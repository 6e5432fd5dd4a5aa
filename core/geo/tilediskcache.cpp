#include "geo/tilediskcache.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace integreat::geo {

namespace {
constexpr qint64 DefaultLifetimeSecs = 7 * 24 * 3600;

QDateTime parseHttpDate(const QByteArray &value)
{
    // IMF-fixdate: "Wed, 21 Oct 2015 07:28:00 GMT"
    const QString text = QString::fromLatin1(value).trimmed();
    QDateTime date = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (date.isValid())
        date.setTimeSpec(Qt::UTC);
    return date;
}
} // namespace

TileDiskCache::TileDiskCache(const QString &dir)
    : m_dir(dir)
{
}

QString TileDiskCache::basePath(const TileId &id) const
{
    return m_dir + u'/' + QString::number(id.z) + u'/' + QString::number(id.x) + u'/'
           + QString::number(id.y);
}

std::optional<TileDiskCache::Entry> TileDiskCache::find(const TileId &id) const
{
    QFile data(basePath(id) + u".tile"_s);
    QFile meta(basePath(id) + u".meta"_s);
    if (!data.open(QIODevice::ReadOnly) || !meta.open(QIODevice::ReadOnly))
        return std::nullopt;
    Entry entry;
    entry.data = data.readAll();
    const QList<QByteArray> lines = meta.readAll().split('\n');
    if (lines.size() < 3 || entry.data.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 ms = lines.at(0).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    entry.expires = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    entry.etag = lines.at(1);
    entry.lastModified = lines.at(2);
    return entry;
}

bool TileDiskCache::store(const TileId &id, const Entry &entry) const
{
    const QString base = basePath(id);
    if (!QDir().mkpath(base.section(u'/', 0, -2)))
        return false;
    QSaveFile data(base + u".tile"_s);
    if (!data.open(QIODevice::WriteOnly) || data.write(entry.data) != entry.data.size()
        || !data.commit())
        return false;
    return refresh(id, entry.expires, entry.etag, entry.lastModified);
}

bool TileDiskCache::refresh(const TileId &id, const QDateTime &expires, const QByteArray &etag,
                            const QByteArray &lastModified) const
{
    const auto old = find(id);
    QSaveFile meta(basePath(id) + u".meta"_s);
    if (!meta.open(QIODevice::WriteOnly))
        return false;
    const QByteArray tag = !etag.isEmpty() ? etag : old ? old->etag : QByteArray();
    const QByteArray modified = !lastModified.isEmpty() ? lastModified
                                : old                   ? old->lastModified
                                                        : QByteArray();
    meta.write(QByteArray::number(expires.toMSecsSinceEpoch()) + '\n' + tag.simplified() + '\n'
               + modified.simplified() + '\n');
    return meta.commit();
}

QDateTime TileDiskCache::expiryFrom(const QByteArray &cacheControl, const QByteArray &expires,
                                    const QDateTime &now)
{
    const QByteArray control = cacheControl.toLower();
    for (const QByteArray &part : control.split(',')) {
        const QByteArray directive = part.trimmed();
        if (directive == "no-cache")
            return now;
        if (directive.startsWith("max-age=")) {
            bool ok = false;
            const qint64 secs = directive.mid(8).trimmed().toLongLong(&ok);
            if (ok)
                return now.addSecs(std::max<qint64>(0, secs));
        }
    }
    if (!expires.isEmpty()) {
        const QDateTime date = parseHttpDate(expires);
        return date.isValid() ? date : now; // an invalid Expires means "already expired"
    }
    return now.addSecs(DefaultLifetimeSecs);
}

bool TileDiskCache::forbidsStoring(const QByteArray &cacheControl)
{
    return cacheControl.toLower().contains("no-store");
}

} // namespace integreat::geo
