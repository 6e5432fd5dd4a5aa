#include "cli/cliconsole.h"
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "core/content/itempath.h"
#include "core/paths/datapaths.h"
#include "core/store/store.h"
#include "core/store/storeerror.h"
#include "desktop/print/handout.h"
#include "desktop/print/handoutloader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace integreat::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("integreat::cli", text);
}
} // namespace

int runPrint(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a stored page, place or event, or this week's events, as a printable PDF "
           "handout, in one language or two side by side."));
    const QCommandLineOption regionOption(u"region"_s, tr("Region slug."), u"SLUG"_s);
    const QCommandLineOption languageOption(u"language"_s, tr("Language code."), u"CODE"_s);
    const QCommandLineOption secondOption(u"second-language"_s,
                                          tr("Print this language in a second column."), u"CODE"_s);
    const QCommandLineOption pdfOption(u"pdf"_s, tr("The PDF file to write."), u"FILE"_s);
    const QCommandLineOption weekOption(
        u"week"_s, tr("Print the events of the 7 days from today (or --from), instead of PATH."));
    const QCommandLineOption fromOption(u"from"_s, tr("The week's first day (with --week)."),
                                        u"YYYY-MM-DD"_s);
    parser.addOptions(
        {regionOption, languageOption, secondOption, weekOption, fromOption, pdfOption});
    parser.addPositionalArgument(u"PATH"_s, tr("Path such as /augsburg/de/willkommen/"));
    if (const auto done = context.parse(parser, arguments))
        return *done;
    const QString region = parser.value(regionOption).trimmed();
    const QString language = parser.value(languageOption).trimmed();
    const QString pdf = parser.value(pdfOption).trimmed();
    const bool week = parser.isSet(weekOption);
    if (region.isEmpty() || language.isEmpty() || pdf.isEmpty() ||
        parser.positionalArguments().size() != (week ? 0 : 1) ||
        (parser.isSet(fromOption) && !week))
        return fail(tr("usage: integreat-cli print --region SLUG --language CODE "
                       "[--second-language CODE] (PATH | --week [--from YYYY-MM-DD]) --pdf FILE"),
                    2);
    const QDate from = QDate::fromString(parser.value(fromOption).trimmed(), Qt::ISODate);
    if (parser.isSet(fromOption) && !from.isValid())
        return fail(tr("--from needs a date such as 2026-12-07."), 2);
    if (QFileInfo(pdf).isDir())
        return fail(tr("%1 is a folder; give the name of the PDF file to write.").arg(pdf), 2);

    store::Store *store = context.openStore();
    if (!store)
        return 1;
    print::HandoutRequest request;
    request.region = region;
    request.language = language;
    request.secondLanguage = parser.value(secondOption).trimmed();
    request.week = week;
    request.weekStart = from;
    if (!week)
        request.path =
            content::itemPath(parser.positionalArguments().constFirst(), region, language);
    request.resourceDir = paths::DataPaths(context.dataDir()).resourceDir();
    print::HandoutLoader::Result loaded;
    try {
        loaded = print::HandoutLoader::load(*store, request);
    } catch (const store::StoreError &error) {
        return fail(tr("Cannot read the local store: %1").arg(QString::fromUtf8(error.what())));
    }
    if (!loaded.spec)
        return fail(loaded.error);
    const print::Handout handout(*loaded.spec);
    QString error;
    if (!handout.writePdf(pdf, &error))
        return fail(error);
    out(tr("Wrote %1").arg(QFileInfo(pdf).absoluteFilePath()));
    return 0;
}

} // namespace integreat::cli
