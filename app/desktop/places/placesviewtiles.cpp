// PlacesView: where the map's tiles come from — the town's imported offline map (MBTiles) in the
// data folder, else the online tile server (INTEGREAT_TILE_URL, cached on disk), else none (the
// places stand on a plain background with a note).
#include "core/geo/mbtilessource.h"
#include "core/geo/onlinetilesource.h"
#include "core/paths/datapaths.h"
#include "desktop/places/mapwidget.h"
#include "desktop/places/placesview.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPlaces, "integreat.places.map")

namespace integreat::desktop {

QString PlacesView::configuredTileUrl()
{
    return qEnvironmentVariable("INTEGREAT_TILE_URL", geo::OnlineTileSource::defaultUrlTemplate());
}

void PlacesView::setOnlineTiles(const QString &urlTemplate, const QString &attribution)
{
    m_tileUrl = urlTemplate;
    m_tileAttribution =
        attribution.isEmpty() ? qEnvironmentVariable("INTEGREAT_TILE_ATTRIBUTION") : attribution;
    if (!m_region.isEmpty())
        loadTileSource();
}

void PlacesView::loadTileSource()
{
    m_map->setTileSource(nullptr);
    m_tiles.reset();
    const QString file = paths::DataPaths(m_dataDir).offlineMap(m_region);
    m_tileFileStamp = QFileInfo(file).lastModified();
    if (QFile::exists(file)) {
        auto source = std::make_unique<geo::MbtilesSource>();
        if (source->open(file)) {
            m_tiles = std::move(source);
        } else {
            qCWarning(lcPlaces).noquote() << source->errorString();
        }
    }
    if (!m_tiles && !m_tileUrl.isEmpty()) {
        m_tiles = std::make_unique<geo::OnlineTileSource>(
            m_tileUrl, paths::DataPaths(m_dataDir).tileCacheDir(),
            m_tileAttribution.isEmpty() ? geo::OnlineTileSource::defaultAttribution()
                                        : m_tileAttribution);
    }
    m_map->setTileSource(m_tiles.get());
    m_map->setOfflineNote(
        tr("No map of %1 to show. Map tiles need an internet connection or an offline map "
           "file (an administrator can import one with “integreat-cli import-tiles”). The "
           "places stand on a plain background; the list and the details work without it.")
            .arg(m_data.region() ? m_data.region()->name : m_region));
}

} // namespace integreat::desktop
