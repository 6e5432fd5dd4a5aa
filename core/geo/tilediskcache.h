#pragma once

#include "core/geo/tilemath.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace integreat::geo {

/// Online tiles on disk with their HTTP freshness: <dir>/<z>/<x>/<y>.tile (bytes) and
/// <y>.meta (expiry, ETag, Last-Modified). Written atomically; unreadable entries count as
/// missing. When a tile expires is net::freshness()'s business (see OnlineTileSource).
class TileDiskCache final
{
public:
    struct Entry
    {
        QByteArray data;
        QDateTime expires;
        QByteArray etag;
        QByteArray lastModified;
        bool isFresh(const QDateTime &now) const { return expires.isValid() && now < expires; }
    };

    explicit TileDiskCache(const QString &dir);

    std::optional<Entry> find(const TileId &id) const;
    bool store(const TileId &id, const Entry &entry) const;
    /// After a 304: new expiry (and validators when sent), bytes kept.
    bool refresh(const TileId &id, const QDateTime &expires, const QByteArray &etag,
                 const QByteArray &lastModified) const;

private:
    QString basePath(const TileId &id) const;

    QString m_dir;
};

} // namespace integreat::geo
