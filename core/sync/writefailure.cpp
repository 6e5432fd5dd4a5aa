#include "core/sync/writefailure.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStorageInfo>
#include <cerrno>
#include <cstring>

namespace integreat::sync {

namespace {
/// The translation context of this file's messages (lupdate reads it from the macro).
class WriteFailureText
{
    Q_DECLARE_TR_FUNCTIONS(integreat::sync::WriteFailure)
};
constexpr qint64 NearlyFullBytes = 1024 * 1024;
} // namespace

QString writeFailure(const QString &path, int errorNumber)
{
    const QString folder = QFileInfo(path).absolutePath();
    switch (errorNumber) {
    case ENOSPC:
    case EDQUOT:
        return WriteFailureText::tr("the disk is full (%1)").arg(folder);
    case EACCES:
    case EPERM:
        return WriteFailureText::tr("no permission to write in %1").arg(folder);
    case EROFS:
        return WriteFailureText::tr("%1 is on a read-only file system").arg(folder);
    case 0:
        break;
    default:
        return QString::fromLocal8Bit(std::strerror(errorNumber));
    }
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.isReadOnly())
        return WriteFailureText::tr("%1 is on a read-only file system").arg(folder);
    if (storage.isValid() && storage.bytesAvailable() < NearlyFullBytes)
        return WriteFailureText::tr("the disk is full (%1)").arg(folder);
    if (!QFileInfo(folder).isWritable())
        return WriteFailureText::tr("no permission to write in %1").arg(folder);
    return WriteFailureText::tr("the file system refused to write %1").arg(path);
}

} // namespace integreat::sync
