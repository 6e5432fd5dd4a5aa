#pragma once

#include <QString>

namespace integreat::sync {

/// The data folder shared by the desktop app and integreat-cli:
/// $XDG_DATA_HOME/integreat-desktop (usually ~/.local/share/integreat-desktop).
QString defaultDataDir();
/// The SQLite store inside a data folder.
QString storeFilePath(const QString &dataDir);
/// The resource cache (images, PDFs, icons) inside a data folder: <dataDir>/resources.
QString resourceDirPath(const QString &dataDir);

} // namespace integreat::sync
