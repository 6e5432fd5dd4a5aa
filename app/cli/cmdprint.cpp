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
        tr("Write a stored page, place or event as a printable PDF handout, in one language or two "
           "side by side."));
    const QCommandLineOption regionOption(u"region"_s, tr("Region slug."), u"SLUG"_s);
    const QCommandLineOption languageOption(u"language"_s, tr("Language code."), u"CODE"_s);
    const QCommandLineOption secondOption(u"second-language"_s,
                                          tr("Print this language in a second column."), u"CODE"_s);
    const QCommandLineOption pdfOption(u"pdf"_s, tr("The PDF file to write."), u"FILE"_s);
    parser.addOptions({regionOption, languageOption, secondOption, pdfOption});
    parser.addPositionalArgument(u"PATH"_s, tr("Path such as /augsburg/de/willkommen/"));
    if (const auto done = context.parse(parser, arguments))
        return *done;
    const QString region = parser.value(regionOption).trimmed();
    const QString language = parser.value(languageOption).trimmed();
    const QString pdf = parser.value(pdfOption).trimmed();
    if (region.isEmpty() || language.isEmpty() || pdf.isEmpty() ||
        parser.positionalArguments().size() != 1)
        return fail(tr("usage: integreat-cli print --region SLUG --language CODE "
                       "[--second-language CODE] PATH --pdf FILE"),
                    2);
    if (QFileInfo(pdf).isDir())
        return fail(tr("%1 is a folder; give the name of the PDF file to write.").arg(pdf), 2);

    store::Store *store = context.openStore();
    if (!store)
        return 1;
    print::HandoutRequest request;
    request.region = region;
    request.language = language;
    request.secondLanguage = parser.value(secondOption).trimmed();
    request.path = content::itemPath(parser.positionalArguments().constFirst(), region, language);
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
