#pragma once

#include "core/geo/tilemath.h"
#include "desktop/places/mapwidget.h"
#include "desktop/places/placecollection.h"

#include <QList>
#include <optional>

namespace integreat::desktop {

/// The map markers for `matching` (indices into `data`): the places with coordinates, those
/// within a few metres merged into one marker.
QList<MapWidget::Marker> buildPlaceMarkers(const PlaceCollection &data, const QList<int> &matching);

/// The list order for `matching`: only `spot` when it is not empty; nearest first from
/// `user` when known, else by title. Returns indices into `data`.
QList<int> orderPlaceList(const PlaceCollection &data, const QList<int> &matching,
                          const QList<int> &spot, const std::optional<geo::LatLon> &user);

} // namespace integreat::desktop
