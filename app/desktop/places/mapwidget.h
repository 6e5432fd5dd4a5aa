#pragma once

#include "core/geo/placegroups.h"
#include "core/geo/tilemath.h"
#include "desktop/places/mapoverlay.h"
#include "desktop/places/markerpainter.h"
#include "desktop/places/tilelayer.h"

#include <QColor>
#include <QImage>
#include <QPointer>
#include <QWidget>
#include <optional>
#include <utility>

class QToolButton;

namespace integreat::geo {
class TileSource;
}

namespace integreat::desktop {

/// A small slippy map: tiles from a geo::TileSource (none: a plain background with a note),
/// markers clustered on screen, the selected marker highlighted, the source's attribution in
/// the corner. Drag to pan; wheel, +/− keys or buttons to zoom; arrow keys pan; a click on a
/// cluster zooms in, on a marker selects its places.
class MapWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapWidget)

public:
    struct Marker
    {
        geo::LatLon position;
        QColor color;
        QString iconKey;   ///< MarkerPainter icon (the category's icon URL)
        QList<int> places; ///< what the marker stands for (more than one: merged places)
    };

    static constexpr double ClusterRadius = 50; ///< pixels, as the official app
    static constexpr int MinZoom = 2;
    static constexpr int MaxZoom = 19;

    explicit MapWidget(QWidget *parent = nullptr);
    ~MapWidget() override;

    /// The tile source (not owned; may be null: no tiles). `note` explains a missing map.
    void setTileSource(geo::TileSource *source);
    void setOfflineNote(const QString &note);
    QString offlineNote() const { return m_overlay.note(); }
    /// The attribution shown in the corner (the source's, once tiles are drawn).
    QString shownAttribution() const;
    MarkerPainter &markerPainter() { return m_painter; }

    void setMarkers(const QList<Marker> &markers);
    const QList<Marker> &markers() const { return m_markers; }
    /// Highlights the marker holding `place` (-1: none).
    void setSelectedPlace(int place);
    int selectedPlace() const { return m_selected; }
    /// The user's position (a dot), if known.
    void setUserPosition(const std::optional<geo::LatLon> &position);

    void setView(const geo::LatLon &centre, double zoom);
    /// Fits the box (south-west, north-east) into the widget.
    void fitBox(const geo::LatLon &southWest, const geo::LatLon &northEast);
    /// Moves the view so that `point` is visible (keeps the zoom where possible).
    void ensureVisible(const geo::LatLon &point);
    geo::LatLon centre() const;
    double zoom() const { return m_zoom; }
    void zoomBy(double steps, const QPointF &anchor);

    /// Screen position of a point in this widget.
    QPointF toScreen(const geo::LatLon &point) const;
    /// The clusters shown now (indices into markers()), for tests.
    QList<geo::Cluster> visibleClusters() const;

signals:
    void markerActivated(const QList<int> &places);
    void positionPicked(const integreat::geo::LatLon &position);
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QPointF topLeftWorld() const;
    const QList<geo::Cluster> &clusters() const;
    void paintTiles(QPainter &painter);
    bool paintMarkers(QPainter &painter);
    void applyFit();
    void click(const QPointF &pos);
    void panBy(const QPointF &delta);

    geo::TileSource *m_source = nullptr;
    MapOverlay m_overlay; ///< background grid, attribution, the note bar
    std::optional<std::pair<geo::LatLon, geo::LatLon>> m_fitBox; ///< until the user moves
    QList<Marker> m_markers;
    MarkerPainter m_painter;
    int m_selected = -1;
    std::optional<geo::LatLon> m_user;
    QPointF m_centreWorld0; ///< centre in world pixels at zoom 0
    double m_zoom = 12;
    TileLayer m_layer;
    mutable QList<geo::Cluster> m_clusters;
    mutable int m_clusterZoom = -1;
    bool m_tilesMissing = false;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_dragging = false;
    QToolButton *m_zoomIn;
    QToolButton *m_zoomOut;
};

} // namespace integreat::desktop
