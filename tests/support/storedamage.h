// Damages a store file in the ways issue 11 lists, for the CLI repair and the GUI start-up tests.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

namespace integreat::testing {

/// Damages the store file `path` ("truncated", "garbage header", "not SQLite" or "directory");
/// removes its -wal and -shm first. False when the file could not be changed.
inline bool damageStore(const QString &path, const QString &how)
{
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    if (how == QLatin1String("directory"))
        return QFile::remove(path) && QDir().mkpath(path + QStringLiteral("/inside"));
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = file.readAll();
    if (how == QLatin1String("truncated"))
        bytes.truncate(bytes.size() / 3);
    else if (how == QLatin1String("garbage header"))
        bytes.replace(0, 100, QByteArray(100, '\xA5'));
    else
        bytes = "this is not a database, just a text file\n";
    return file.resize(0) && file.write(bytes) == bytes.size();
}

/// The damaged stores moved aside in `dataDir` (without their -wal and -shm).
inline QStringList storesMovedAside(const QString &dataDir)
{
    QStringList files = QDir(dataDir).entryList({QStringLiteral("integreat.sqlite.damaged-*")},
                                                QDir::AllEntries | QDir::NoDotAndDotDot);
    files.removeIf([](const QString &name) {
        return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
    });
    return files;
}

} // namespace integreat::testing
