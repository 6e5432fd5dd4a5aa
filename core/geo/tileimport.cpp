#include "core/geo/tileimport.h"

#include "core/geo/mbtilessource.h"
#include "core/paths/datapaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace integreat::geo {

QString importOfflineMap(const QString &dataDir, const QString &region, const QString &file)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("integreat::geo::TileImport", text);
    };
    static const QRegularExpression slug(u"^[a-z0-9][a-z0-9_-]*$"_s);
    if (!slug.match(region).hasMatch())
        return tr("%1 is not a region code.").arg(region);
    {
        MbtilesSource source;
        if (!source.open(file))
            return source.errorString();
    }
    const QString target = paths::DataPaths(dataDir).offlineMap(region);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return tr("Cannot create the folder for offline maps in %1.").arg(dataDir);
    const QString partial = target + u".part"_s;
    QFile::remove(partial);
    if (!QFile::copy(file, partial))
        return tr("Cannot copy %1 into the data folder.").arg(file);
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return tr("Cannot replace the offline map %1.").arg(target);
    }
    return {};
}

} // namespace integreat::geo
