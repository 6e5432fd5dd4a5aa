#pragma once

#include "core/geo/tilemath.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace integreat::geo {

/// Where map tiles come from (an MBTiles file, later an online XYZ server). Tiles are encoded
/// image bytes (PNG/JPEG); decoding is the view's job. The map widget only talks to this
/// interface, so the map can move to Qt Location or MapLibre later.
class TileSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TileSource)

public:
    explicit TileSource(QObject *parent = nullptr);
    ~TileSource() override;

    /// The tile's bytes when available now; an empty array means "not (yet) there": a source
    /// that fetches emits tileAvailable() later.
    virtual QByteArray tile(const TileId &id) = 0;
    virtual int minZoom() const = 0;
    virtual int maxZoom() const = 0;
    /// Plain-text attribution to show on the map (may be empty).
    virtual QString attribution() const = 0;
    /// The tiles the view shows now: a fetching source drops queued requests for others
    /// (only the visible viewport is ever fetched).
    virtual void retainOnly(const QList<TileId> &visible) { Q_UNUSED(visible) }

signals:
    void tileAvailable(const integreat::geo::TileId &id);
};

} // namespace integreat::geo
