#pragma once

#include "core/pack/packinstaller.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

/// The desktop's content pack import (Settings → Saved content → Import content pack…, and a
/// pack file given on the command line): the same core as `integreat-cli pack import`
/// (PackInstaller under the data folder's SyncLock, which PackImporter takes), and the user's
/// sentences about its result.
class PackImport final
{
    Q_DECLARE_TR_FUNCTIONS(integreat::desktop::PackImport)

public:
    PackImport() = delete;

    /// Imports `file` into the store of `dataDir` (content from `server`); `force` imports
    /// languages whose content on this computer is newer too (`pack import --force`). The
    /// caller holds the data folder's SyncLock. Runs in a worker thread with its own store
    /// connection.
    static pack::PackImportResult install(const QString &dataDir, const QUrl &server,
                                          const QString &file, bool force);

    /// What happened, in words: the languages imported, those skipped because this computer's
    /// content is newer, or why the pack was refused (nothing changed then). `store` (the GUI
    /// thread's) gives the names of the region and its languages.
    static QString resultText(const pack::PackImportResult &result, const QString &file,
                              store::Store &store);
    /// The languages of `result` that were skipped as older than this computer's content.
    static QStringList skipped(const pack::PackImportResult &result);
};

} // namespace integreat::desktop
