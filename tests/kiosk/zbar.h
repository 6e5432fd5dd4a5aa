#pragma once

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace integreat::testing {

/// zbarimg (Debian zbar-tools), or empty when it is not installed.
inline QString zbarimg()
{
    return QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
}

/// What zbarimg reads from `image` (the raw payload of the first code), or empty.
inline QString decodeQr(const QImage &image)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("code.png"));
    if (!image.save(file))
        return {};
    QProcess process;
    process.start(zbarimg(), {QStringLiteral("--raw"), QStringLiteral("-q"),
                              QStringLiteral("-Sbinary"), file});
    if (!process.waitForFinished(30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace integreat::testing
