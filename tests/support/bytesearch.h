#pragma once

// "Nothing of the visitor/client is left": the files below a folder whose bytes hold a word.
#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

namespace integreat::testing {

/// Every file below `dir` (hidden ones too, and `extra` kinds such as QDir::System) whose bytes
/// contain `needle`.
inline QStringList filesContaining(const QString &dir, const QByteArray &needle,
                                   QDir::Filters extra = {})
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | extra, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}

} // namespace integreat::testing
