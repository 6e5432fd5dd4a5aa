#include "cli/cliconsole.h"
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "core/api/httpclient.h"
#include "core/paths/datapaths.h"
#include "core/store/store.h"
#include "core/store/storerescue.h"
#include "core/sync/syncengine.h"
#include "core/sync/synclock.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace integreat::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("integreat::cli", text);
}

// Syncs what the old file held (or what was asked for) into the fresh store; false if any failed.
bool syncAgain(CliContext &context, store::Store &fresh,
               const QList<store::StoreRescue::Saved> &saved)
{
    sync::SyncEngine engine(fresh, context.http(), context.server());
    engine.setResourceDir(paths::DataPaths(context.dataDir()).resourceDir());
    bool ok = true;
    for (const store::StoreRescue::Saved &region : saved) {
        err(tr("Downloading %1 (%2) again …").arg(region.region, region.languages.join(u", "_s)));
        context.http().reset();
        const sync::SyncReport report = engine.run(region.region, region.languages);
        if (!report.error.isEmpty()) {
            out(tr("%1: FAILED: %2").arg(region.region, report.error));
            ok = false;
            continue;
        }
        for (const sync::LanguageOutcome &outcome : report.languages) {
            if (outcome.ok)
                out(tr("%1 %2: %3 items")
                        .arg(region.region, outcome.code)
                        .arg(outcome.counts.total().added));
            else
                out(tr("%1 %2: FAILED: %3").arg(region.region, outcome.code, outcome.error));
            ok &= outcome.ok;
        }
    }
    return ok;
}
} // namespace

int runRepair(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check the local store; when it is damaged, move it aside (with -wal and -shm, under a "
           "dated name), start a fresh one and download again the regions and languages it held."));
    const QCommandLineOption dryRun(u"dry-run"_s, tr("Only check the store; change nothing."));
    const QCommandLineOption regionOption(
        u"region"_s, tr("Download this region again instead of those the old store held."),
        u"SLUG"_s);
    const QCommandLineOption languagesOption(
        u"languages"_s, tr("With --region: comma-separated language codes (default: all)."),
        u"CODES"_s);
    parser.addOptions({dryRun, regionOption, languagesOption});
    if (const auto done = context.parse(parser, arguments))
        return *done;

    const QString path = paths::DataPaths(context.dataDir()).storeFile();
    const store::StoreRescue rescue(path);
    const store::StoreRescue::Check check = rescue.check();
    if (!check.exists) {
        out(tr("There is no local store at %1 yet; nothing to repair.").arg(path));
        return 0;
    }
    if (check.sound) {
        out(tr("The local store %1 is sound; nothing to repair.").arg(path));
        return 0;
    }
    QList<store::StoreRescue::Saved> saved = rescue.savedLanguages();
    if (parser.isSet(regionOption)) {
        QStringList languages;
        for (const QString &code : parser.value(languagesOption).split(u',', Qt::SkipEmptyParts))
            languages << code.trimmed();
        saved = {{parser.value(regionOption).trimmed(), languages}};
    }
    QStringList names;
    for (const auto &region : std::as_const(saved))
        names << u"%1 (%2)"_s.arg(region.region, region.languages.isEmpty()
                                                     ? tr("all languages")
                                                     : region.languages.join(u", "_s));
    out(tr("The local store %1 is damaged: %2").arg(path, check.problem));
    if (parser.isSet(dryRun)) {
        out(names.isEmpty() ? tr("No saved region can be read from it.")
                            : tr("Regions it still names: %1").arg(names.join(u"; "_s)));
        return fail(tr("the local store is damaged; run “integreat-cli repair” to move it aside "
                       "and download the content again"));
    }

    sync::SyncLock lock(context.dataDir());
    if (!lock.tryLock())
        return fail(lock.error() + u" "_s + tr("Repair when it has finished."));
    QString error;
    const QString aside = rescue.moveAside(QDateTime::currentDateTime(), error);
    if (aside.isEmpty())
        return fail(error);
    out(tr("Moved it aside to %1 (nothing was deleted).").arg(aside));
    store::Store *fresh = context.openStore();
    if (!fresh)
        return 1;
    out(tr("Started a fresh store at %1.").arg(path));
    if (saved.isEmpty()) {
        out(tr("No saved region could be read from the old file. Download one with: "
               "integreat-cli sync --region SLUG"));
        return 0;
    }
    if (!syncAgain(context, *fresh, saved))
        return fail(tr("the store was repaired, but not every language could be downloaded again; "
                       "run integreat-cli sync later"));
    return 0;
}

} // namespace integreat::cli
