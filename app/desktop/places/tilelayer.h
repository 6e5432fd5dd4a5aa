#pragma once

#include "core/geo/tilemath.h"

#include <QCache>
#include <QImage>
#include <QPointF>
#include <QSize>

class QPainter;

namespace integreat::geo {
class TileSource;
}

namespace integreat::desktop {

/// The map's tiles: asks a geo::TileSource for the tiles a paint covers (only those), decodes
/// them once into a 256-tile memory cache, draws a parent tile scaled while a child is missing
/// (from memory only), and tells the source which tiles are visible.
class TileLayer final
{
    Q_DISABLE_COPY_MOVE(TileLayer)

public:
    TileLayer();

    void setSource(geo::TileSource *source);
    geo::TileSource *source() const { return m_source; }
    /// Drops a decoded tile (it changed at the source).
    void forget(const geo::TileId &id);
    void clear() { m_tiles.clear(); }

    /// Paints the tiles around `centreWorld0` (world pixels at zoom 0) at `zoom` into a
    /// viewport of `size`; true when at least one tile was drawn.
    bool paint(QPainter &painter, const QPointF &centreWorld0, double zoom, const QSize &size);

private:
    QImage tileImage(const geo::TileId &id, QRect *sourceRect);

    geo::TileSource *m_source = nullptr;
    QCache<quint64, QImage> m_tiles;
};

} // namespace integreat::desktop
