#include "core/paths/datapaths.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace integreat::paths {

DataPaths::DataPaths(const QString &dataDir)
    : m_dataDir(dataDir)
{
}

QString DataPaths::defaultDataDir()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(u"integreat-desktop"_s);
}

QString DataPaths::kioskConfigFile()
{
    return u"/etc/integreat-desktop/kiosk.conf"_s;
}

QString DataPaths::settingsFile()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return QDir(base).filePath(u"integreat-desktop/integreat-desktop.ini"_s);
}

QString DataPaths::file(const QString &name) const
{
    return QDir(m_dataDir).filePath(name);
}

QString DataPaths::storeFile() const
{
    return file(u"integreat.sqlite"_s);
}

QString DataPaths::resourceDir() const
{
    return file(u"resources"_s);
}

QString DataPaths::offlineMapDir() const
{
    return file(u"tiles"_s);
}

QString DataPaths::offlineMap(const QString &region) const
{
    if (region.isEmpty() || region == u"."_s || region == u".."_s || region.contains(u'/') ||
        region.contains(u'\\'))
        return {};
    return QDir(offlineMapDir()).filePath(region + u".mbtiles"_s);
}

QString DataPaths::tileCacheDir() const
{
    return file(u"tile-cache"_s);
}

QString DataPaths::syncLockFile() const
{
    return file(u"sync.lock"_s);
}

} // namespace integreat::paths
