#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QtGlobal>

namespace integreat::geo {

inline constexpr int TileSize = 256;
inline constexpr int MaxZoom = 19;
inline constexpr double EarthRadiusMeters = 6371008.8; ///< as turf, which the official app uses

/// A point on the earth (WGS84 degrees).
struct LatLon
{
    double lat = 0;
    double lon = 0;
    bool operator==(const LatLon &) const = default;
};

/// An XYZ (slippy map) tile: y counts from the north.
struct TileId
{
    int z = 0;
    int x = 0;
    int y = 0;
    bool operator==(const TileId &) const = default;
};

inline size_t qHash(const TileId &t, size_t seed = 0)
{
    return ::qHash((quint64(t.z) << 48) ^ (quint64(t.x) << 24) ^ quint64(t.y), seed);
}

/// Web-Mercator (EPSG:3857) in "world pixels": at zoom z the world is 256 * 2^z pixels wide,
/// (0,0) at 85.0511°N 180°W. Zoom may be fractional.
namespace mercator {
double worldSize(double zoom);
QPointF toPixel(const LatLon &point, double zoom);
LatLon fromPixel(const QPointF &pixel, double zoom);
/// The tiles at integer zoom `z` that a world-pixel rectangle (at zoom z) touches, wrapped in
/// x and clamped in y.
QList<TileId> tilesCovering(const QRectF &worldRect, int z);
/// MBTiles stores rows in TMS order (y from the south): row = 2^z - 1 - y. Its own inverse.
int tmsRow(int z, int y);
/// The largest zoom at which `box` (south-west, north-east) fits into `viewport` pixels.
double zoomToFit(const LatLon &southWest, const LatLon &northEast, const QSizeF &viewport);
} // namespace mercator

/// Great-circle distance (haversine on a sphere of EarthRadiusMeters), in metres.
double distanceMeters(const LatLon &a, const LatLon &b);

} // namespace integreat::geo
