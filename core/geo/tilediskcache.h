#pragma once

#include "geo/tilemath.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace integreat::geo {

/// Online tiles on disk with their HTTP freshness: <dir>/<z>/<x>/<y>.tile (bytes) and
/// <y>.meta (expiry, ETag, Last-Modified). Written atomically; unreadable entries count as
/// missing.
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

    /// When a response expires: Cache-Control max-age (no-cache: now), else Expires, else
    /// `now` + 7 days (the OSM tile policy's minimum when the server says nothing).
    static QDateTime expiryFrom(const QByteArray &cacheControl, const QByteArray &expires,
                                const QDateTime &now);
    /// Cache-Control: no-store.
    static bool forbidsStoring(const QByteArray &cacheControl);

private:
    QString basePath(const TileId &id) const;

    QString m_dir;
};

} // namespace integreat::geo
