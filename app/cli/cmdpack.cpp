#include "cli/cliconsole.h"
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/packoutput.h"
#include "cli/packwatch.h"
#include "core/pack/packexporter.h"
#include "core/pack/packinstaller.h"
#include "core/store/store.h"
#include "core/sync/synclock.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace integreat::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("integreat::cli", text);
}

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString countsText(const store::KindCounts &c)
{
    return tr("%1 added, %2 changed, %3 removed, %4 unchanged")
        .arg(c.added)
        .arg(c.changed)
        .arg(c.removed)
        .arg(c.unchanged);
}

int runExport(CliContext &context, const QString &region, const QStringList &languages,
              const QString &file)
{
    store::Store *store = context.openStore();
    if (!store)
        return 1;
    pack::PackExporter exporter(*store, context.dataDir());
    exporter.setServer(context.server());
    const pack::PackExportResult result = exporter.exportPack(region, languages, file);
    if (!result.ok())
        return fail(result.error);
    const pack::PackManifest &m = result.manifest;
    for (const QString &code : m.languages) {
        const pack::PackCounts c = m.counts.value(code);
        out(tr("%1: %2 pages, %3 events, %4 places, %5 news (synced %6)")
                .arg(code)
                .arg(c.pages)
                .arg(c.events)
                .arg(c.places)
                .arg(c.news)
                .arg(when(m.lastSync.value(code))));
    }
    out(tr("Wrote the content pack %1 of %2 to %3 (%4; %5 images and documents%6).")
            .arg(m.packId.toString(QUuid::WithoutBraces), m.region, QDir::toNativeSeparators(file),
                 QLocale().formattedDataSize(result.bytes))
            .arg(m.resources)
            .arg(m.tiles ? tr(", offline map") : QString()));
    return 0;
}

} // namespace

int importPackFile(store::Store &store, const QString &dataDir, const QUrl &server,
                   const QString &file, bool force)
{
    sync::SyncLock lock(dataDir);
    if (!lock.tryLock())
        return fail(lock.error() + u" "_s + tr("Try again when it has finished."),
                    PackBusyExitCode);
    pack::PackInstaller installer(store, dataDir);
    installer.setServer(server);
    installer.setForce(force);
    const pack::PackImportResult result = installer.importFile(file);
    if (!result.ok())
        return fail(tr("%1: %2").arg(QDir::toNativeSeparators(file), result.error));
    const pack::PackManifest &m = result.manifest;
    out(tr("Content pack %1 of %2, made %3")
            .arg(m.packId.toString(QUuid::WithoutBraces), m.region, when(m.createdAt)));
    for (const pack::PackLanguageOutcome &language : result.languages) {
        if (language.imported) {
            out(tr("%1: imported (content of %2): %3")
                    .arg(language.code, when(language.packSync),
                         countsText(language.applied.total())));
        } else {
            out(tr("%1: skipped: this PC's content (synced %2) is newer than the pack's (%3); "
                   "use --force to import it anyway")
                    .arg(language.code, when(language.storeSync), when(language.packSync)));
        }
    }
    if (result.imported() > 0) {
        out(tr("Images and documents: %1%2")
                .arg(result.resources)
                .arg(result.tiles ? tr("; offline map installed") : QString()));
    }
    return 0;
}

int runPack(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Content packs: one file with a region's content, images and offline map, to carry "
           "to PCs without (fast) internet or to a whole fleet.\n"
           "  pack export --region SLUG [--languages de,en] FILE.integreat-pack\n"
           "  pack import [--force] FILE.integreat-pack\n"
           "  pack import --watch DIR    import every new pack that appears in DIR, until "
           "stopped"));
    const QCommandLineOption regionOption(u"region"_s, tr("Region slug (export)."), u"SLUG"_s);
    const QCommandLineOption languagesOption(
        u"languages"_s, tr("Comma-separated language codes (export; default: all stored)."),
        u"CODES"_s);
    const QCommandLineOption forceOption(
        u"force"_s, tr("Import languages even where this PC has newer content."));
    const QCommandLineOption watchOption(
        u"watch"_s, tr("Watch a folder and import each new or changed pack in it."), u"DIR"_s);
    parser.addOptions({regionOption, languagesOption, forceOption, watchOption});
    parser.addPositionalArgument(u"ACTION"_s, tr("export or import"));
    parser.addPositionalArgument(u"FILE"_s, tr("The pack file."));
    if (const auto done = context.parse(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == u"export"_s) {
        const QString region = parser.value(regionOption).trimmed();
        if (region.isEmpty() || positional.size() != 2)
            return fail(tr("usage: integreat-cli pack export --region SLUG [--languages de,en] "
                           "FILE.integreat-pack"),
                        2);
        QStringList languages;
        for (const QString &code : parser.value(languagesOption).split(u',', Qt::SkipEmptyParts))
            languages << code.trimmed();
        return runExport(context, region, languages, positional.at(1));
    }
    if (action == u"import"_s && parser.isSet(watchOption) && positional.size() == 1)
        return watchPacks(context, parser.value(watchOption), parser.isSet(forceOption));
    if (action == u"import"_s && !parser.isSet(watchOption) && positional.size() == 2) {
        store::Store *store = context.openStore();
        if (!store)
            return 1;
        return importPackFile(*store, context.dataDir(), context.server(), positional.at(1),
                              parser.isSet(forceOption));
    }
    return fail(tr("usage: integreat-cli pack export --region SLUG [--languages de,en] FILE, "
                   "pack import [--force] FILE or pack import --watch DIR"),
                2);
}

} // namespace integreat::cli
