#pragma once

#include <QString>

namespace integreat::geo {

/// Where a region's offline map lives: <dataDir>/tiles/<region>.mbtiles.
QString offlineMapPath(const QString &dataDir, const QString &region);

/// Checks that `file` is an MBTiles raster map and copies it to offlineMapPath() (replacing
/// the previous one atomically). Returns an empty string on success, else a message for the
/// user.
QString importOfflineMap(const QString &dataDir, const QString &region, const QString &file);

} // namespace integreat::geo
