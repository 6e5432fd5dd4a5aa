#include "desktop/places/tilelayer.h"

#include "core/geo/tilesource.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace integreat::desktop {

namespace {
quint64 tileKey(const geo::TileId &id)
{
    return (quint64(id.z) << 56) | (quint64(id.x) << 28) | quint64(id.y);
}
} // namespace

TileLayer::TileLayer()
    : m_tiles(256)
{
}

void TileLayer::setSource(geo::TileSource *source)
{
    m_source = source;
    m_tiles.clear();
}

void TileLayer::forget(const geo::TileId &id)
{
    m_tiles.remove(tileKey(id));
}

QImage TileLayer::tileImage(const geo::TileId &id, QRect *sourceRect)
{
    geo::TileId current = id;
    for (int up = 0; up <= 4 && current.z >= 0; ++up) {
        const quint64 key = tileKey(current);
        QImage *cached = m_tiles.object(key);
        if (!cached && up > 0) {
            // Parents only from memory: a fetching source is asked for visible tiles only.
            current = {current.z - 1, current.x / 2, current.y / 2};
            continue;
        }
        if (!cached) {
            const QByteArray bytes = m_source->tile(current);
            cached = new QImage(bytes.isEmpty() ? QImage() : QImage::fromData(bytes));
            m_tiles.insert(key, cached);
        }
        if (!cached->isNull()) {
            const int size = cached->width() >> up;
            const int mask = (1 << up) - 1;
            *sourceRect = QRect((id.x & mask) * size, (id.y & mask) * size, size, size);
            return *cached;
        }
        current = {current.z - 1, current.x / 2, current.y / 2};
    }
    return {};
}

bool TileLayer::paint(QPainter &painter, const QPointF &centreWorld0, double zoom,
                      const QSize &size)
{
    if (!m_source)
        return false;
    bool drawn = false;
    const int z = std::clamp(int(std::round(zoom)), m_source->minZoom(), m_source->maxZoom());
    const double scale = std::exp2(zoom - z);
    const QPointF origin =
        centreWorld0 * std::exp2(z) - QPointF(size.width(), size.height()) / 2.0 / scale;
    const double tileOnScreen = geo::TileSize * scale;
    const int count = 1 << z;
    const int x0 = int(std::floor(origin.x() / geo::TileSize));
    const int y0 = std::max(0, int(std::floor(origin.y() / geo::TileSize)));
    const int x1 = int(std::floor((origin.x() + size.width() / scale) / geo::TileSize));
    const int y1 =
        std::min(count - 1, int(std::floor((origin.y() + size.height() / scale) / geo::TileSize)));
    painter.setRenderHint(QPainter::SmoothPixmapTransform, !qFuzzyCompare(scale, 1.0));
    QList<geo::TileId> visible;
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const geo::TileId id{z, ((x % count) + count) % count, y};
            visible.append(id);
            QRect source;
            const QImage image = tileImage(id, &source);
            if (image.isNull())
                continue;
            drawn = true;
            const QRectF target((x * geo::TileSize - origin.x()) * scale,
                                (y * geo::TileSize - origin.y()) * scale, tileOnScreen,
                                tileOnScreen);
            painter.drawImage(target, image, source);
        }
    }
    m_source->retainOnly(visible);
    return drawn;
}

} // namespace integreat::desktop
