#include "core/sync/datapaths.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace integreat::sync {

QString defaultDataDir()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(u"integreat-desktop"_s);
}

QString storeFilePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"integreat.sqlite"_s);
}

QString resourceDirPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"resources"_s);
}

} // namespace integreat::sync
