#pragma once

#include <QString>

namespace integreat::paths {

/// Every file location of Integreat Desktop and integreat-cli, in one place. A data folder
/// (default: $XDG_DATA_HOME/integreat-desktop, overridable with --data-dir) holds
///   integreat.sqlite (+ -wal, -shm)   the store
///   resources/                         images, PDFs and icons the content refers to
///   tiles/<region>.mbtiles             imported offline maps
///   tile-cache/                        online map tiles, kept as their server allows
///   sync.lock                          one sync per data folder
/// The kiosk configuration is system-wide (/etc/integreat-desktop/kiosk.conf); the settings INI
/// (with the news read state and chat device ids) is in the config folder
/// (~/.config/integreat-desktop/integreat-desktop.ini), whatever the data folder.
class DataPaths final
{
public:
    /// The locations inside `dataDir`, taken as it is (callers apply defaultDataDir() when the
    /// user named none).
    explicit DataPaths(const QString &dataDir);

    /// $XDG_DATA_HOME/integreat-desktop (usually ~/.local/share/integreat-desktop).
    static QString defaultDataDir();
    /// The kiosk configuration file: /etc/integreat-desktop/kiosk.conf.
    static QString kioskConfigFile();
    /// The user's settings INI: $XDG_CONFIG_HOME/integreat-desktop/integreat-desktop.ini
    /// (usually ~/.config/…), where QSettings puts the user-scope INI file of organization and
    /// application "integreat-desktop", as earlier versions wrote it. Not moved by --data-dir.
    static QString settingsFile();

    const QString &dataDir() const { return m_dataDir; }
    /// The SQLite store: <dataDir>/integreat.sqlite.
    QString storeFile() const;
    /// The resource cache: <dataDir>/resources.
    QString resourceDir() const;
    /// Imported offline maps: <dataDir>/tiles.
    QString offlineMapDir() const;
    /// A region's offline map: <dataDir>/tiles/<region>.mbtiles; empty when `region` is not a
    /// plain name (empty, ".", "..", or holding a slash or backslash), so no name leads out.
    QString offlineMap(const QString &region) const;
    /// The online tile cache: <dataDir>/tile-cache.
    QString tileCacheDir() const;
    /// The lock one sync holds: <dataDir>/sync.lock.
    QString syncLockFile() const;

private:
    QString file(const QString &name) const;

    QString m_dataDir;
};

} // namespace integreat::paths
