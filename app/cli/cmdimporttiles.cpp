#include "cli/cliconsole.h"
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "core/geo/mbtilessource.h"
#include "core/geo/tileimport.h"
#include "core/paths/datapaths.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace integreat::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("integreat::cli", text);
}
} // namespace

int runImportTiles(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import an offline map (MBTiles, raster PNG/JPEG tiles) for a region. The desktop "
           "app shows it under the places when there is no network. Use maps whose licence "
           "allows offline use; OpenStreetMap's own tile servers do not."));
    const QCommandLineOption regionOption(u"region"_s, tr("Region slug."), u"SLUG"_s);
    parser.addOption(regionOption);
    parser.addPositionalArgument(u"FILE"_s, tr("The .mbtiles file."));
    if (const auto done = context.parse(parser, arguments))
        return *done;
    const QString region = parser.value(regionOption).trimmed();
    if (region.isEmpty() || parser.positionalArguments().size() != 1)
        return fail(tr("usage: integreat-cli import-tiles --region SLUG FILE.mbtiles"), 2);
    const QString file = parser.positionalArguments().constFirst();
    const QString error = geo::importOfflineMap(context.dataDir(), region, file);
    if (!error.isEmpty())
        return fail(error);
    geo::MbtilesSource source;
    source.open(paths::DataPaths(context.dataDir()).offlineMap(region));
    const QString name = source.metadata().value(u"name"_s, QFileInfo(file).fileName());
    out(tr("Imported the offline map “%1” for %2 (zoom %3–%4) into %5")
            .arg(name, region)
            .arg(source.minZoom())
            .arg(source.maxZoom())
            .arg(paths::DataPaths(context.dataDir()).offlineMap(region)));
    return 0;
}

} // namespace integreat::cli
