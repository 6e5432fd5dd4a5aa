#pragma once

#include "core/store/storerescue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>

class QWidget;

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

class SyncController;

/// Opens the store at start-up. When the file is damaged (issue 11) it asks with the
/// DamagedStoreDialog; Download again moves the file (and -wal, -shm) aside under a dated name,
/// opens a fresh store and says which towns and languages to download again.
class StoreOpener final
{
    Q_DECLARE_TR_FUNCTIONS(integreat::desktop::StoreOpener)

public:
    struct Result
    {
        std::unique_ptr<store::Store> store; ///< null: the app ends with exitCode
        int exitCode = 0;
        QString movedAside;                             ///< where the damaged file went, if it did
        QList<store::StoreRescue::Saved> downloadAgain; ///< what the damaged file held
        QString message; ///< why it could not be opened (also printed on stderr)
    };

    /// Opens (creating when needed) the store of `dataDir`. `interactive` false (screenshots):
    /// no dialog, a damaged store ends the start with exit code 1 as before.
    static Result open(const QString &dataDir, bool interactive);

    /// Downloads `saved` again through `sync`, one region after the other, showing a progress
    /// dialog; returns when all have finished (or were cancelled). Failures leave the first-run
    /// flow to the caller.
    static void downloadAgain(SyncController &sync, const QList<store::StoreRescue::Saved> &saved,
                              QWidget *parent = nullptr);
};

} // namespace integreat::desktop
