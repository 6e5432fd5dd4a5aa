#pragma once

#include "core/geo/placegroups.h"
#include "desktop/places/mapwidget.h"

#include <QList>
#include <QPointF>

namespace integreat::desktop {

/// The cluster under `pos` (screen pixels; `origin` is the view's top-left in world pixels),
/// as an index into `clusters`, or -1. The selected pin is on top, then the other pins, then
/// clusters.
int hitCluster(const QList<geo::Cluster> &clusters, const QList<MapWidget::Marker> &markers,
               int selectedPlace, const QPointF &origin, const QPointF &pos);

} // namespace integreat::desktop
