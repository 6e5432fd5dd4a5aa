#include "core/geo/tilemath.h"

#include <QSizeF>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace integreat::geo {

namespace {
constexpr double MaxLatitude = 85.05112878;

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}
} // namespace

namespace mercator {

double worldSize(double zoom)
{
    return TileSize * std::exp2(zoom);
}

QPointF toPixel(const LatLon &point, double zoom)
{
    const double size = worldSize(zoom);
    const double lat = std::clamp(point.lat, -MaxLatitude, MaxLatitude);
    const double x = (point.lon + 180.0) / 360.0 * size;
    const double sinLat = std::sin(radians(lat));
    const double y = (0.5 - std::log((1 + sinLat) / (1 - sinLat)) / (4 * std::numbers::pi)) * size;
    return {x, y};
}

LatLon fromPixel(const QPointF &pixel, double zoom)
{
    const double size = worldSize(zoom);
    const double lon = pixel.x() / size * 360.0 - 180.0;
    const double n = std::numbers::pi - 2.0 * std::numbers::pi * pixel.y() / size;
    const double lat = 180.0 / std::numbers::pi * std::atan(std::sinh(n));
    return {lat, lon};
}

QList<TileId> tilesCovering(const QRectF &worldRect, int z)
{
    QList<TileId> tiles;
    const int count = 1 << z;
    const int x0 = int(std::floor(worldRect.left() / TileSize));
    const int x1 = int(std::floor((worldRect.right() - 1e-9) / TileSize));
    const int y0 = std::max(0, int(std::floor(worldRect.top() / TileSize)));
    const int y1 = std::min(count - 1, int(std::floor((worldRect.bottom() - 1e-9) / TileSize)));
    if (x1 - x0 >= count * 2 || y1 < y0)
        return tiles;
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x)
            tiles.append({z, ((x % count) + count) % count, y});
    }
    return tiles;
}

int tmsRow(int z, int y)
{
    return (1 << z) - 1 - y;
}

double zoomToFit(const LatLon &southWest, const LatLon &northEast, const QSizeF &viewport)
{
    const QPointF a = toPixel({northEast.lat, southWest.lon}, 0);
    const QPointF b = toPixel({southWest.lat, northEast.lon}, 0);
    const double w = std::max(1e-9, std::abs(b.x() - a.x()));
    const double h = std::max(1e-9, std::abs(b.y() - a.y()));
    const double zoom = std::log2(std::min(viewport.width() / w, viewport.height() / h));
    return std::clamp(zoom, 0.0, double(MaxZoom));
}

} // namespace mercator

double distanceMeters(const LatLon &a, const LatLon &b)
{
    const double dLat = radians(b.lat - a.lat);
    const double dLon = radians(b.lon - a.lon);
    const double h = std::pow(std::sin(dLat / 2), 2) + std::cos(radians(a.lat)) *
                                                           std::cos(radians(b.lat)) *
                                                           std::pow(std::sin(dLon / 2), 2);
    return 2 * EarthRadiusMeters * std::atan2(std::sqrt(h), std::sqrt(1 - h));
}

} // namespace integreat::geo
