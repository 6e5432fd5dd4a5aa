#include "cli/packwatch.h"

#include "cli/cliconsole.h"
#include "cli/clicontext.h"
#include "cli/interruptwatcher.h"
#include "cli/packoutput.h"
#include "core/pack/packmanifest.h"
#include "core/pack/packreader.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QThread>
#include <QUuid>
#include <csignal>

using namespace Qt::StringLiterals;

namespace integreat::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("integreat::cli", text);
}

/// What identifies one version of a file in the folder.
struct Stamp
{
    qint64 size = -1;
    QDateTime modified;
    bool operator==(const Stamp &) const = default;
};

constexpr int PollMs = 1000;

} // namespace

int watchPacks(CliContext &context, const QString &dir, bool force)
{
    if (!QFileInfo(dir).isDir())
        return fail(tr("%1 is not a folder.").arg(QDir::toNativeSeparators(dir)), 2);
    InterruptWatcher interrupts([dir](int signal) {
        err(tr("integreat-cli: %1 received: stopped watching %2.")
                .arg(signal == SIGTERM ? u"SIGTERM"_s : u"SIGINT"_s,
                     QDir::toNativeSeparators(dir)));
    });
    store::Store *store = context.openStore();
    if (!store)
        return 1;
    err(tr("Watching %1 for content packs (*%2); stop with Ctrl+C.")
            .arg(QDir::toNativeSeparators(dir), QString::fromLatin1(pack::PackSuffix)));

    QHash<QString, Stamp> seen;    // imported (or refused) versions of each file
    QHash<QString, Stamp> pending; // seen once; imported when unchanged at the next look
    QSet<QUuid> imported;          // pack ids, so a copy of a pack is not imported again
    while (!interrupts.received()) {
        const QFileInfoList files =
            QDir(dir).entryInfoList({u"*"_s + QString::fromLatin1(pack::PackSuffix)},
                                    QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &info : files) {
            if (interrupts.received())
                break;
            const QString path = info.absoluteFilePath();
            const Stamp stamp{info.size(), info.lastModified()};
            if (seen.value(path) == stamp)
                continue;
            if (pending.value(path) != stamp) {
                pending.insert(path, stamp); // still being copied? look again next time
                continue;
            }
            pending.remove(path);
            seen.insert(path, stamp);
            QFile file(path);
            QString error;
            std::optional<pack::PackManifest> manifest;
            if (file.open(QIODevice::ReadOnly))
                manifest = pack::readManifest(file, error);
            file.close();
            if (manifest && imported.contains(manifest->packId)) {
                err(tr("%1: pack %2 was imported already.")
                        .arg(QDir::toNativeSeparators(path),
                             manifest->packId.toString(QUuid::WithoutBraces)));
                continue;
            }
            const int code =
                importPackFile(*store, context.dataDir(), context.server(), path, force);
            if (code == PackBusyExitCode)
                seen.remove(path); // a sync is running: try again at the next look
            else if (code == 0 && manifest)
                imported.insert(manifest->packId);
        }
        for (int waited = 0; waited < PollMs && !interrupts.received(); waited += 50)
            QThread::msleep(50);
    }
    return 0;
}

} // namespace integreat::cli
