#include "desktop/shell/storeopener.h"

#include "core/paths/datapaths.h"
#include "core/store/store.h"
#include "core/sync/synclock.h"
#include "desktop/presentation/pathtext.h"
#include "desktop/shell/damagedstoredialog.h"
#include "desktop/sync/synccontroller.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QMessageBox>
#include <QProgressDialog>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {
void printError(const QString &text)
{
    std::fputs((u"integreat-desktop: "_s + text + u'\n').toLocal8Bit().constData(), stderr);
}

StoreOpener::Result failed(const QString &message, bool interactive)
{
    printError(message);
    if (interactive)
        QMessageBox::critical(nullptr, StoreOpener::tr("Integreat"), message);
    StoreOpener::Result result;
    result.exitCode = 1;
    result.message = message;
    return result;
}
} // namespace

StoreOpener::Result StoreOpener::open(const QString &dataDir, bool interactive)
{
    const QString path = paths::DataPaths(dataDir).storeFile();
    Result result;
    try {
        if (!QDir().mkpath(dataDir))
            throw store::StoreError(store::StoreError::Reason::CannotOpen,
                                    tr("cannot create the folder %1").arg(shownPath(dataDir)));
        result.store = std::make_unique<store::Store>(path);
        return result;
    } catch (const store::StoreError &error) {
        const store::StoreRescue rescue(path);
        const QString message = tr("The saved content cannot be opened: %1 (%2)")
                                    .arg(QString::fromUtf8(error.what()), shownPath(path));
        const store::StoreRescue::Check check = rescue.check();
        if (!interactive || !store::StoreRescue::isRepairable(error.reason()) || !check.exists ||
            check.sound)
            return failed(message, interactive);
        printError(message);
        DamagedStoreDialog dialog(path, check.problem);
        if (dialog.ask() != DamagedStoreDialog::Answer::DownloadAgain) {
            result.exitCode = 1;
            result.message = message;
            return result;
        }
        result.downloadAgain = rescue.savedLanguages();
        sync::SyncLock lock(dataDir);
        if (!lock.tryLock())
            return failed(lock.error(), interactive);
        QString moveError;
        result.movedAside = rescue.moveAside(QDateTime::currentDateTime(), moveError);
        if (result.movedAside.isEmpty())
            return failed(tr("The damaged file could not be moved aside: %1").arg(moveError),
                          interactive);
    }
    try {
        result.store = std::make_unique<store::Store>(path);
    } catch (const store::StoreError &error) {
        return failed(
            tr("The saved content cannot be opened: %1").arg(QString::fromUtf8(error.what())),
            interactive);
    }
    return result;
}

void StoreOpener::downloadAgain(SyncController &sync, const QList<store::StoreRescue::Saved> &saved,
                                QWidget *parent)
{
    if (saved.isEmpty())
        return;
    QProgressDialog progress(parent);
    progress.setWindowTitle(tr("Integreat"));
    progress.setRange(0, int(saved.size()));
    progress.setMinimumDuration(0);
    QEventLoop loop;
    bool cancelled = false;
    qsizetype finished = 0;
    QObject::connect(&sync, &SyncController::finished, &loop, [&] {
        ++finished;
        loop.quit();
    });
    QObject::connect(&progress, &QProgressDialog::canceled, &sync, [&] {
        cancelled = true;
        sync.cancel();
    });
    for (qsizetype i = 0; i < saved.size() && !cancelled; ++i) {
        progress.setValue(int(i));
        progress.setLabelText(tr("Downloading %1 again …").arg(saved.at(i).region));
        sync.sync(saved.at(i).region, saved.at(i).languages);
        if (finished <= i) // offline mode may answer at once
            loop.exec();
    }
}

} // namespace integreat::desktop
