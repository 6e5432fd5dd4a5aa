#pragma once

#include <QString>

namespace integreat::geo {

/// Checks that `file` is an MBTiles raster map and copies it to the region's offline map
/// (paths::DataPaths::offlineMap: <dataDir>/tiles/<region>.mbtiles), replacing the previous one
/// atomically. Returns an empty string on success, else a message for the
/// user.
QString importOfflineMap(const QString &dataDir, const QString &region, const QString &file);

} // namespace integreat::geo
