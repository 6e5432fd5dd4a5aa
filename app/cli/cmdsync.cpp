#include "cli/cliconsole.h"
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/interruptwatcher.h"
#include "core/api/httpclient.h"
#include "core/paths/datapaths.h"
#include "core/store/store.h"
#include "core/sync/syncengine.h"
#include "core/sync/synclock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace integreat::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("integreat::cli", text);
}

// Test hook (see docs/architecture.md): INTEGREAT_FAILPOINT=stall-before-commit makes the sync
// stop inside its write transaction, so a test can kill the process there.
void installFailpoint(sync::SyncEngine &engine)
{
    if (qEnvironmentVariable("INTEGREAT_FAILPOINT") != u"stall-before-commit"_s)
        return;
    engine.setBeforeCommit([] {
        std::fputs("failpoint: stalled before commit\n", stderr);
        std::fflush(stderr);
        for (;;)
            pause();
    });
}

QString countsLine(const store::KindCounts &c)
{
    return tr("%1 added, %2 changed, %3 removed, %4 unchanged")
        .arg(c.added)
        .arg(c.changed)
        .arg(c.removed)
        .arg(c.unchanged);
}

QJsonObject outcomeJson(const sync::LanguageOutcome &outcome)
{
    const store::KindCounts total = outcome.counts.total();
    return QJsonObject{
        {u"code"_s, outcome.code},
        {u"ok"_s, outcome.ok},
        {u"error"_s, outcome.ok ? QJsonValue() : QJsonValue(outcome.error)},
        {u"added"_s, total.added},
        {u"changed"_s, total.changed},
        {u"removed"_s, total.removed},
        {u"unchanged"_s, total.unchanged},
        {u"rows_written"_s, outcome.counts.rowsWritten},
        {u"warnings"_s, QJsonArray::fromStringList(outcome.warnings)},
    };
}
constexpr int MaxResourceWarnings = 10;
constexpr int MaxConnections = 16; // polite to the CMS: more would not be faster anyway

QString resourcesLine(const sync::ResourceOutcome &r)
{
    QString line = tr("resources: %1 downloaded, %2 unchanged, %3 failed")
                       .arg(r.fetched)
                       .arg(r.unchanged())
                       .arg(r.failed);
    if (r.failed > 0 || r.skipped > 0)
        line += r.skipped > 0 ? tr(", %1 not tried (will retry next sync)").arg(r.skipped)
                              : tr(" (will retry next sync)");
    if (r.pruned > 0)
        line += tr(", %1 no longer used removed").arg(r.pruned);
    if (r.bytes > 0)
        line += tr("; %1 received").arg(QLocale().formattedDataSize(r.bytes));
    return line;
}

QJsonValue resourcesJson(const sync::ResourceOutcome &r)
{
    if (!r.ran)
        return QJsonValue();
    return QJsonObject{
        {u"referenced"_s, r.referenced},
        {u"downloaded"_s, r.fetched},
        {u"not_modified"_s, r.notModified},
        {u"fresh"_s, r.fresh},
        {u"unchanged"_s, r.unchanged()},
        {u"failed"_s, r.failed},
        {u"skipped"_s, r.skipped},
        {u"pruned"_s, r.pruned},
        {u"bytes"_s, r.bytes},
        {u"errors"_s, QJsonArray::fromStringList(r.errors)},
    };
}

// Failed resources never fail the sync: one warning each (up to a few), then a summary.
void warnAboutResources(const sync::ResourceOutcome &r)
{
    const qsizetype shown = std::min<qsizetype>(r.errors.size(), MaxResourceWarnings);
    for (qsizetype i = 0; i < shown; ++i)
        err(tr("warning: resource: %1").arg(r.errors.at(i)));
    if (r.errors.size() > shown)
        err(tr("warning: … and %1 more resource problems (see --json)")
                .arg(r.errors.size() - shown));
    if (r.failed + r.skipped > 0)
        err(tr("warning: images and documents not downloaded: %1; they will be tried again on "
               "the next sync.")
                .arg(r.failed + r.skipped));
}
} // namespace

int runSync(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Download a region's content (pages, events, places, news, imprint) into the local "
           "store. Each language is saved whole or not at all."));
    const QCommandLineOption regionOption(u"region"_s, tr("Region slug, e.g. augsburg."),
                                          u"SLUG"_s);
    const QCommandLineOption languagesOption(
        u"languages"_s, tr("Comma-separated language codes, or “all” (default)."), u"CODES"_s,
        u"all"_s);
    const QCommandLineOption json(u"json"_s, tr("Print the result as JSON on stdout."));
    const QCommandLineOption noResources(
        u"no-resources"_s,
        tr("Do not download the images and documents (PDFs) the content refers to."));
    const QCommandLineOption allowMassRemoval(
        u"allow-mass-removal"_s,
        tr("Apply a pages list even when it removes more than half of the stored pages of a "
           "language (refused otherwise, keeping the stored pages)."));
    const QCommandLineOption wait(
        u"wait"_s, tr("When another sync of this data folder is running, wait for it to end "
                      "instead of giving up."));
    const QCommandLineOption connections(
        u"connections"_s,
        tr("Requests to the server at once (default %1): the languages download side by side.")
            .arg(sync::SyncEngine::DefaultConnections),
        u"N"_s, QString::number(sync::SyncEngine::DefaultConnections));
    parser.addOptions(
        {regionOption, languagesOption, json, noResources, allowMassRemoval, wait, connections});
    if (const auto done = context.parse(parser, arguments))
        return *done;
    if (!parser.isSet(regionOption) || parser.value(regionOption).trimmed().isEmpty())
        return fail(tr("sync needs --region SLUG (see integreat-cli regions)"), 2);

    bool connectionsOk = false;
    const int connectionCount = parser.value(connections).toInt(&connectionsOk);
    if (!connectionsOk || connectionCount < 1 || connectionCount > MaxConnections)
        return fail(tr("--connections needs a number from 1 to %1").arg(MaxConnections), 2);

    QStringList languages;
    const QString languagesValue = parser.value(languagesOption).trimmed();
    if (languagesValue != u"all"_s) {
        for (const QString &code : languagesValue.split(u',', Qt::SkipEmptyParts))
            languages << code.trimmed();
        if (languages.isEmpty())
            return fail(tr("--languages needs codes such as de,en,ar or “all”"), 2);
    }

    // Before any thread starts: SIGINT/SIGTERM cancel the sync instead of ending the process.
    std::atomic<sync::SyncEngine *> running{nullptr};
    InterruptWatcher interrupts([&running](int signal) {
        err(tr("integreat-cli: %1 received: cancelling the sync; the stored content stays as it "
               "was.")
                .arg(signal == SIGTERM ? u"SIGTERM"_s : u"SIGINT"_s));
        if (sync::SyncEngine *engine = running.load())
            engine->cancel();
    });
    const auto interrupted = [&] {
        return fail(tr("sync cancelled"), 128 + interrupts.received());
    };

    store::Store *store = context.openStore();
    if (!store)
        return 1;
    sync::SyncLock lock(context.dataDir());
    if (!lock.tryLock()) {
        if (!parser.isSet(wait) || lock.holderPid() == 0)
            return fail(lock.error() + u" "_s +
                        tr("Try again when it has finished, or use --wait."));
        err(tr("%1 Waiting for it to finish …").arg(lock.error()));
        if (!lock.lock([&] { return interrupts.received() != 0; }))
            return interrupts.received() ? interrupted() : fail(lock.error());
    }
    if (interrupts.received())
        return interrupted();
    sync::SyncEngine engine(*store, context.http(), context.server());
    running = &engine;
    installFailpoint(engine);
    engine.setAllowMassRemoval(parser.isSet(allowMassRemoval));
    engine.setConnections(connectionCount);
    if (!parser.isSet(noResources))
        engine.setResourceDir(paths::DataPaths(context.dataDir()).resourceDir());

    sync::Stage lastStage = sync::Stage::Done;
    QString lastLanguage;
    QObject::connect(&engine, &sync::SyncEngine::progress, [&](const sync::Progress &p) {
        if (p.stage == lastStage && p.language == lastLanguage && p.items == 0)
            return; // byte counts only: keep stderr readable
        lastStage = p.stage;
        lastLanguage = p.language;
        if (p.stage == sync::Stage::Done)
            return;
        const QString prefix =
            p.language.isEmpty()
                ? QString()
                : u"[%1 %2/%3] "_s.arg(p.language).arg(p.languageIndex + 1).arg(p.languageCount);
        const QString items = p.items == 1  ? tr(": 1 item")
                              : p.items > 1 ? tr(": %1 items").arg(p.items)
                                            : QString();
        err(prefix + sync::stageText(p.stage) + items);
    });

    int lastTenth = -1;
    QObject::connect(
        &engine, &sync::SyncEngine::resourceProgress, [&](const sync::ResourceProgress &p) {
            const int tenth = p.total > 0 ? int(qint64(p.done) * 10 / p.total) : -1;
            if (tenth < 0 || tenth == lastTenth)
                return; // a line per tenth is enough for a log
            lastTenth = tenth;
            err(tr("[resources] images and documents: %1 of %2").arg(p.done).arg(p.total));
        });

    if (interrupts.received()) // between the check above and `running` being set
        engine.cancel();
    const sync::SyncReport report = engine.run(parser.value(regionOption).trimmed(), languages);
    running = nullptr;
    if (!report.error.isEmpty())
        return report.cancelled && interrupts.received() ? interrupted() : fail(report.error);

    QJsonArray array;
    QStringList failed;
    bool massRemovalRefused = false;
    for (const sync::LanguageOutcome &outcome : report.languages) {
        massRemovalRefused |= outcome.massRemovalRefused;
        for (const QString &warning : outcome.warnings)
            err(tr("warning: %1: %2").arg(outcome.code, warning));
        if (parser.isSet(json))
            array.append(outcomeJson(outcome));
        else if (outcome.ok)
            out(u"%1: %2"_s.arg(outcome.code, countsLine(outcome.counts.total())));
        else
            out(tr("%1: FAILED: %2").arg(outcome.code, outcome.error));
        if (!outcome.ok)
            failed << u"%1 (%2)"_s.arg(outcome.code, outcome.error);
    }
    if (report.resources.ran) {
        warnAboutResources(report.resources);
        if (!parser.isSet(json))
            out(resourcesLine(report.resources));
    }
    if (parser.isSet(json))
        out(QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"region"_s, report.region},
                                      {u"languages"_s, array},
                                      {u"resources"_s, resourcesJson(report.resources)}})
                .toJson(QJsonDocument::Compact)));
    if (report.cancelled)
        return interrupts.received() ? interrupted() : fail(tr("sync cancelled"));
    if (massRemovalRefused)
        err(tr("If the server really removed these pages, run the sync again with "
               "--allow-mass-removal."));
    if (!failed.isEmpty())
        return fail(tr("sync failed for %1").arg(failed.join(u"; "_s)));
    return 0;
}

} // namespace integreat::cli
