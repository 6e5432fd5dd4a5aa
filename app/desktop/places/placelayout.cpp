#include "desktop/places/placelayout.h"

#include "core/geo/placegroups.h"

namespace integreat::desktop {

QList<MapWidget::Marker> buildPlaceMarkers(const PlaceCollection &data, const QList<int> &matching)
{
    QList<int> drawn;
    QList<geo::LatLon> points;
    for (int i : matching) {
        if (data.position(i)) {
            drawn.append(i);
            points.append(*data.position(i));
        }
    }
    QList<MapWidget::Marker> markers;
    for (const QList<int> &group : geo::mergeNearby(points)) {
        MapWidget::Marker marker;
        const model::Place &first = data.places().at(drawn.at(group.first()));
        marker.position = points.at(group.first());
        if (first.category) {
            marker.color = QColor(first.category->color);
            marker.iconKey = first.category->iconUrl;
        }
        for (int g : group)
            marker.places.append(drawn.at(g));
        markers.append(marker);
    }
    return markers;
}

QList<int> orderPlaceList(const PlaceCollection &data, const QList<int> &matching,
                          const QList<int> &spot, const std::optional<geo::LatLon> &user)
{
    QList<int> listed;
    for (int i : matching) {
        if (spot.isEmpty() || spot.contains(i))
            listed.append(i);
    }
    QStringList titles;
    QList<std::optional<geo::LatLon>> positions;
    for (int i : listed) {
        titles.append(data.places().at(i).title);
        positions.append(data.position(i));
    }
    const QList<int> order =
        user ? geo::sortByDistance(positions, *user, titles) : geo::sortByTitle(titles);
    QList<int> result;
    result.reserve(order.size());
    for (int o : order)
        result.append(listed.at(o));
    return result;
}

} // namespace integreat::desktop
