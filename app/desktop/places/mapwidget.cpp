#include "desktop/places/mapwidget.h"

#include "core/geo/tilesource.h"
#include "desktop/places/maphittest.h"
#include "desktop/places/mapoverlay.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

MapWidget::MapWidget(QWidget *parent)
    : QWidget(parent)
    , m_zoomIn(new QToolButton(this))
    , m_zoomOut(new QToolButton(this))
{
    setObjectName(u"PlacesMap"_s);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(240, 200);
    setAccessibleName(tr("Map of places"));
    m_centreWorld0 = geo::mercator::toPixel({48.366512, 10.894446}, 0); // the official default
    m_zoomIn->setText(u"+"_s);
    m_zoomIn->setToolTip(tr("Zoom in"));
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    m_zoomOut->setText(u"\u2212"_s);
    m_zoomOut->setToolTip(tr("Zoom out"));
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    for (QToolButton *button : {m_zoomIn, m_zoomOut}) {
        button->setObjectName(u"MapZoomButton"_s); // styled by the theme (high contrast too)
        button->setFixedSize(32, 32);
        button->setFocusPolicy(Qt::NoFocus);
    }
    connect(m_zoomIn, &QToolButton::clicked, this, [this] { zoomBy(1, rect().center()); });
    connect(m_zoomOut, &QToolButton::clicked, this, [this] { zoomBy(-1, rect().center()); });
}

MapWidget::~MapWidget() = default;

void MapWidget::setTileSource(geo::TileSource *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    m_layer.setSource(source);
    if (m_source) {
        connect(m_source, &geo::TileSource::tileAvailable, this, [this](const geo::TileId &id) {
            m_layer.forget(id);
            update();
        });
        connect(m_source, &QObject::destroyed, this, [this] {
            m_source = nullptr;
            m_layer.setSource(nullptr);
            update();
        });
    }
    update();
}

QString MapWidget::shownAttribution() const
{
    return m_source && !m_tilesMissing ? m_source->attribution() : QString();
}

void MapWidget::setOfflineNote(const QString &note)
{
    m_overlay.setNote(note);
    update();
}

void MapWidget::setMarkers(const QList<Marker> &markers)
{
    m_markers = markers;
    m_clusterZoom = -1;
    update();
}

void MapWidget::setSelectedPlace(int place)
{
    m_selected = place;
    update();
}

void MapWidget::setUserPosition(const std::optional<geo::LatLon> &position)
{
    m_user = position;
    update();
}

void MapWidget::setView(const geo::LatLon &centre, double zoom)
{
    m_fitBox.reset();
    m_centreWorld0 = geo::mercator::toPixel(centre, 0);
    m_zoom = std::clamp(zoom, double(MinZoom), double(MaxZoom));
    emit viewChanged();
    update();
}

void MapWidget::fitBox(const geo::LatLon &southWest, const geo::LatLon &northEast)
{
    // Kept until the user moves the map: the first fit often happens before the widget has
    // its final size, and every resize until then fits again.
    m_fitBox = std::make_pair(southWest, northEast);
    applyFit();
}

void MapWidget::applyFit()
{
    if (!m_fitBox)
        return;
    const auto &[southWest, northEast] = *m_fitBox;
    // Room for the pins (they stand above their point), the note bar and the zoom buttons.
    const QSizeF viewport(std::max(width() - 2 * 48, 120), std::max(height() - 2 * 56, 120));
    const double zoom = geo::mercator::zoomToFit(southWest, northEast, viewport);
    const QPointF a = geo::mercator::toPixel({northEast.lat, southWest.lon}, 0);
    const QPointF b = geo::mercator::toPixel({southWest.lat, northEast.lon}, 0);
    m_centreWorld0 = (a + b) / 2;
    m_zoom = std::clamp(std::floor(zoom * 2) / 2, double(MinZoom), 16.0);
    emit viewChanged();
    update();
}

void MapWidget::ensureVisible(const geo::LatLon &point)
{
    const QPointF p = toScreen(point);
    if (!rect().adjusted(30, 50, -30, -30).contains(p.toPoint())) {
        m_centreWorld0 = geo::mercator::toPixel(point, 0);
        emit viewChanged();
        update();
    }
}

geo::LatLon MapWidget::centre() const
{
    return geo::mercator::fromPixel(m_centreWorld0, 0);
}

QPointF MapWidget::topLeftWorld() const
{
    const double scale = std::exp2(m_zoom);
    return m_centreWorld0 * scale - QPointF(width() / 2.0, height() / 2.0);
}

QPointF MapWidget::toScreen(const geo::LatLon &point) const
{
    return geo::mercator::toPixel(point, m_zoom) - topLeftWorld();
}

void MapWidget::zoomBy(double steps, const QPointF &anchor)
{
    const double zoom =
        std::clamp(std::round((m_zoom + steps) * 2) / 2, double(MinZoom), double(MaxZoom));
    if (zoom == m_zoom)
        return;
    m_fitBox.reset();
    // Keep the point under the anchor in place.
    const QPointF anchorWorld0 = (topLeftWorld() + anchor) / std::exp2(m_zoom);
    m_zoom = zoom;
    const QPointF offset = anchor - QPointF(width() / 2.0, height() / 2.0);
    m_centreWorld0 = anchorWorld0 - offset / std::exp2(m_zoom);
    emit viewChanged();
    update();
}

void MapWidget::panBy(const QPointF &delta)
{
    m_fitBox.reset();
    m_centreWorld0 -= delta / std::exp2(m_zoom);
    const double y = std::clamp(m_centreWorld0.y(), 0.0, double(geo::TileSize));
    m_centreWorld0.setY(y);
    emit viewChanged();
    update();
}

const QList<geo::Cluster> &MapWidget::clusters() const
{
    const int key = qRound(m_zoom * 4);
    if (key != m_clusterZoom) {
        QList<QPointF> points;
        points.reserve(m_markers.size());
        for (const Marker &marker : m_markers)
            points.append(geo::mercator::toPixel(marker.position, m_zoom));
        // Clusters whose circles (or a circle and a pin) would overlap become one.
        m_clusters = geo::separateClusters(
            geo::clusterPoints(points, ClusterRadius),
            [](int count) {
                return count > 1 ? MarkerPainter::clusterRadius(count)
                                 : MarkerPainter::pinRect({}, false).width() / 2;
            },
            4);
        m_clusterZoom = key;
    }
    return m_clusters;
}

QList<geo::Cluster> MapWidget::visibleClusters() const
{
    QList<geo::Cluster> shown;
    const QPointF origin = topLeftWorld();
    for (geo::Cluster c : clusters()) {
        c.centre -= origin;
        if (rect().adjusted(-40, -40, 40, 40).contains(c.centre.toPoint()))
            shown.append(c);
    }
    return shown;
}

void MapWidget::paintTiles(QPainter &painter)
{
    m_tilesMissing = !m_layer.paint(painter, m_centreWorld0, m_zoom, size());
    if (!m_tilesMissing)
        MapOverlay::dimTiles(painter, rect());
}

bool MapWidget::paintMarkers(QPainter &painter)
{
    m_painter.setDevicePixelRatio(devicePixelRatioF());
    const QPointF origin = topLeftWorld();
    const QRectF visible = QRectF(rect()).adjusted(-40, -10, 40, 50);
    const Marker *selected = nullptr;
    QPointF selectedTip;
    for (const geo::Cluster &cluster : clusters()) {
        const QPointF centre = cluster.centre - origin;
        if (!visible.contains(centre))
            continue;
        if (cluster.members.size() > 1) {
            int places = 0;
            for (int m : cluster.members)
                places += int(m_markers.at(m).places.size());
            m_painter.drawCluster(painter, centre, places);
            continue;
        }
        const Marker &marker = m_markers.at(cluster.members.first());
        if (m_selected >= 0 && marker.places.contains(m_selected)) {
            selected = &marker;
            selectedTip = centre;
            continue;
        }
        m_painter.drawPin(painter, centre, marker.color, marker.iconKey, false,
                          int(marker.places.size()));
    }
    if (selected)
        m_painter.drawPin(painter, selectedTip, selected->color, selected->iconKey, true,
                          int(selected->places.size()));
    if (m_user) {
        const QPointF p = toScreen(*m_user);
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(Qt::white, 3));
        painter.setBrush(QColor(u"#1a73e8"_s));
        painter.drawEllipse(p, 8, 8);
        painter.restore();
    }
    return !m_markers.isEmpty();
}

void MapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    MapOverlay::paintBackground(painter, rect(), m_zoom, topLeftWorld());
    paintTiles(painter);
    paintMarkers(painter);
    m_overlay.paintForeground(painter, rect(), font(), shownAttribution(), !m_tilesMissing);
    if (hasFocus())
        MapOverlay::paintFocus(painter, rect());
}

void MapWidget::click(const QPointF &pos)
{
    const QList<geo::Cluster> &all = clusters();
    // The selected pin is on top, then the others, then clusters.
    const int best = hitCluster(all, m_markers, m_selected, topLeftWorld(), pos);
    if (best < 0)
        return;
    const geo::Cluster &hit = all.at(best);
    if (hit.members.size() > 1 && m_zoom < MaxZoom) {
        const QPointF target = hit.centre / std::exp2(m_zoom);
        m_zoom = std::min(double(MaxZoom), std::round(m_zoom) + 2);
        m_centreWorld0 = target;
        emit viewChanged();
        update();
        return;
    }
    QList<int> places;
    for (int m : hit.members)
        places += m_markers.at(m).places;
    emit markerActivated(places);
}

bool MapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (m_overlay.noteRect().contains(help->pos())) {
            QToolTip::showText(help->globalPos(), m_overlay.note(), this, m_overlay.noteRect());
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void MapWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = m_lastPos = event->position();
    m_dragging = false;
    setCursor(Qt::ClosedHandCursor);
}

void MapWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    if (!m_dragging && QLineF(m_pressPos, event->position()).length() < 4)
        return;
    m_dragging = true;
    panBy(event->position() - m_lastPos);
    m_lastPos = event->position();
}

void MapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    unsetCursor();
    if (event->button() == Qt::LeftButton && !m_dragging)
        click(event->position());
    m_dragging = false;
}

void MapWidget::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(steps > 0 ? 0.5 : -0.5, event->position());
    event->accept();
}

void MapWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1, rect().center());
        break;
    case Qt::Key_Minus:
        zoomBy(-1, rect().center());
        break;
    case Qt::Key_Left:
        panBy({64, 0});
        break;
    case Qt::Key_Right:
        panBy({-64, 0});
        break;
    case Qt::Key_Up:
        panBy({0, 64});
        break;
    case Qt::Key_Down:
        panBy({0, -64});
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void MapWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    const QPointF pos = event->pos();
    menu.addAction(tr("I am here (sort places by distance from this point)"), this, [this, pos] {
        const geo::LatLon point = geo::mercator::fromPixel(topLeftWorld() + pos, m_zoom);
        emit positionPicked(point);
    });
    menu.exec(event->globalPos());
}

void MapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_zoomIn->move(width() - 42, 10);
    m_zoomOut->move(width() - 42, 46);
    applyFit();
}

} // namespace integreat::desktop
