#include "cliconsole.h"
#include "clicontext.h"
#include "commands.h"

#include "api/httpclient.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace integreat::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("integreat::cli", text); }

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
} // namespace

int runSync(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Download a region's content (pages, events, places, news, imprint) into the local "
           "store. Each language is saved whole or not at all."));
    const QCommandLineOption regionOption(u"region"_s, tr("Region slug, e.g. augsburg."), u"SLUG"_s);
    const QCommandLineOption languagesOption(
        u"languages"_s, tr("Comma-separated language codes, or “all” (default)."), u"CODES"_s, u"all"_s);
    const QCommandLineOption json(u"json"_s, tr("Print the result as JSON on stdout."));
    parser.addOptions({regionOption, languagesOption, json});
    if (const auto done = context.parse(parser, arguments))
        return *done;
    if (!parser.isSet(regionOption) || parser.value(regionOption).trimmed().isEmpty())
        return fail(tr("sync needs --region SLUG (see integreat-cli regions)"), 2);

    QStringList languages;
    const QString languagesValue = parser.value(languagesOption).trimmed();
    if (languagesValue != u"all"_s) {
        for (const QString &code : languagesValue.split(u',', Qt::SkipEmptyParts))
            languages << code.trimmed();
        if (languages.isEmpty())
            return fail(tr("--languages needs codes such as de,en,ar or “all”"), 2);
    }

    store::Store *store = context.openStore();
    if (!store)
        return 1;
    sync::SyncEngine engine(*store, context.http(), context.server());
    installFailpoint(engine);

    sync::Stage lastStage = sync::Stage::Done;
    QString lastLanguage;
    QObject::connect(&engine, &sync::SyncEngine::progress, [&](const sync::Progress &p) {
        if (p.stage == lastStage && p.language == lastLanguage && p.items == 0)
            return; // byte counts only: keep stderr readable
        lastStage = p.stage;
        lastLanguage = p.language;
        if (p.stage == sync::Stage::Done)
            return;
        const QString prefix = p.language.isEmpty()
            ? QString()
            : u"[%1 %2/%3] "_s.arg(p.language).arg(p.languageIndex + 1).arg(p.languageCount);
        const QString items = p.items == 1 ? tr(": 1 item")
            : p.items > 1                ? tr(": %1 items").arg(p.items)
                                         : QString();
        err(prefix + sync::stageText(p.stage) + items);
    });

    const sync::SyncReport report = engine.run(parser.value(regionOption).trimmed(), languages);
    if (!report.error.isEmpty())
        return fail(report.error);

    QJsonArray array;
    QStringList failed;
    for (const sync::LanguageOutcome &outcome : report.languages) {
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
    if (parser.isSet(json))
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{u"region"_s, report.region},
                                                        {u"languages"_s, array}})
                                  .toJson(QJsonDocument::Compact)));
    if (report.cancelled)
        return fail(tr("sync cancelled"));
    if (!failed.isEmpty())
        return fail(tr("sync failed for %1").arg(failed.join(u"; "_s)));
    return 0;
}

} // namespace integreat::cli
