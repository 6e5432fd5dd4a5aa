#pragma once

#include "core/geo/placefilter.h"
#include "core/geo/tilemath.h"
#include "core/model/event.h"
#include "core/model/place.h"
#include "core/model/region.h"
#include "desktop/places/placecollection.h"
#include "desktop/presentation/location.h"

#include <QDateTime>
#include <QPointer>
#include <QUrl>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QGeoPositionInfoSource;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace integreat::geo {
class TileSource;
}
namespace integreat::store {
class Store;
}

namespace integreat::desktop {

class ContentBrowser;
class FeedbackBox;
class LinkRouter;
class MapWidget;
class NoticeBar;
class PlaceListPanel;

/// The Places section: a list beside a map, in step with each other; nearest first when a
/// position is known (QtPositioning, or a point set on the map), else by title; filters (one
/// category, open now, barrier-free) and search within places; a detail panel. The map uses the
/// region's offline map (<dataDir>/tiles/<region>.mbtiles) when one was imported, else markers
/// on a plain background with a note. Reads the store only; works offline.
class PlacesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlacesView)

public:
    PlacesView(store::Store &store, const QString &dataDir, const QUrl &server,
               QWidget *parent = nullptr);
    ~PlacesView() override;

    /// Shows the places of (region, language); reloads when either changed or `force`.
    void showRegion(const QString &region, const QString &language, bool force = false);
    void refresh();
    void setResourceDir(const QString &dir);
    void setHighContrast(bool on);
    /// The clock for "open now" (tests); null: the real clock.
    void setClock(std::function<QDateTime()> clock);
    /// Online map tiles (XYZ URL template, viewed online only, cached per the server's
    /// headers under <dataDir>/tile-cache); empty: none (offline mode). An imported offline
    /// map always wins.
    void setOnlineTiles(const QString &urlTemplate, const QString &attribution = {});
    /// $INTEGREAT_TILE_URL, else OpenStreetMap's standard tiles (switchable without an update).
    static QString configuredTileUrl();
    void setUserPosition(const std::optional<geo::LatLon> &position);
    void setFilter(const geo::PlaceFilter &filter);
    geo::PlaceFilter filter() const { return m_filter; }
    /// Opens the detail of the place with `path`; false if it is not listed.
    bool openPlace(const QString &path);
    void showList();

    MapWidget *map() const { return m_map; }
    PlaceListPanel *listPanel() const { return m_list; }
    ContentBrowser *detail() const { return m_detail; }
    /// "Was this page helpful?" under the item shown.
    FeedbackBox *feedbackBox() const { return m_feedback; }
    LinkRouter *linkRouter() const { return m_router; }
    NoticeBar *notice() const { return m_notice; }
    bool isDetailShown() const;
    /// Paths of the listed places, in list order.
    QStringList listedPaths() const;
    const QList<model::Place> &places() const { return m_data.places(); }
    int openedPlace() const { return m_opened; }

signals:
    void titleChanged();
    /// A link in a place's content leads to a page of the region.
    void navigate(const integreat::desktop::Location &location);

private:
    void load();
    void loadTileSource();
    void rebuild();
    void openIndex(int index);
    void onMarker(const QList<int> &places);
    void editFilters();
    void activateLink(const QUrl &url);
    int countFor(const geo::PlaceFilter &filter) const;
    QDateTime now() const;

    store::Store &m_store;
    QString m_dataDir;
    QString m_resourceDir;
    QString m_region;
    QString m_language;
    PlaceCollection m_data;
    geo::PlaceFilter m_filter;
    QList<int> m_spot; ///< a merged marker's places narrowing the list (empty: all)
    QList<int> m_shown;
    int m_opened = -1;
    std::optional<geo::LatLon> m_user;
    std::function<QDateTime()> m_clock;
    bool m_highContrast = false;
    QGeoPositionInfoSource *m_positionSource = nullptr;
    std::unique_ptr<geo::TileSource> m_tiles;
    QString m_tileUrl;
    QDateTime m_tileFileStamp; ///< the offline map file's mtime when loaded
    QString m_tileAttribution;

    NoticeBar *m_notice;
    QStackedWidget *m_side;
    PlaceListPanel *m_list;
    QWidget *m_detailPage;
    QToolButton *m_back;
    ContentBrowser *m_detail;
    FeedbackBox *m_feedback;
    MapWidget *m_map;
    LinkRouter *m_router;
};

} // namespace integreat::desktop
