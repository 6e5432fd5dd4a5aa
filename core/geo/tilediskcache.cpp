#include "core/geo/tilediskcache.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace integreat::geo {

TileDiskCache::TileDiskCache(const QString &dir)
    : m_dir(dir)
{
}

QString TileDiskCache::basePath(const TileId &id) const
{
    return m_dir + u'/' + QString::number(id.z) + u'/' + QString::number(id.x) + u'/' +
           QString::number(id.y);
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
    if (!data.open(QIODevice::WriteOnly) || data.write(entry.data) != entry.data.size() ||
        !data.commit())
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
    meta.write(QByteArray::number(expires.toMSecsSinceEpoch()) + '\n' + tag.simplified() + '\n' +
               modified.simplified() + '\n');
    return meta.commit();
}

} // namespace integreat::geo
