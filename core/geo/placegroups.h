#pragma once

#include "core/geo/tilemath.h"
#include "core/model/common.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <functional>
#include <optional>

namespace integreat::geo {

/// Places closer than this are one marker that lists them (as in the official app).
inline constexpr double MergeDistanceMeters = 5.0;

/// A place's coordinates if they can be drawn: not missing, not 0/0, and (when the region's
/// centre is known) within `maxKm` of it.
std::optional<LatLon> usableCoordinates(const model::Address &address,
                                        const std::optional<LatLon> &regionCentre,
                                        double maxKm = 300.0);

/// Groups points: each joins the first group whose first point is under `meters` away, else
/// starts a new group. Groups and members keep the input order.
QList<QList<int>> mergeNearby(const QList<LatLon> &points, double meters = MergeDistanceMeters);

/// Indices of `titles` ordered by distance from `from` (ascending, stable); points without
/// coordinates last, by title.
QList<int> sortByDistance(const QList<std::optional<LatLon>> &points, const LatLon &from,
                          const QStringList &titles);
/// Indices ordered by title (locale-aware, case-insensitive).
QList<int> sortByTitle(const QStringList &titles);

/// A screen cluster of markers.
struct Cluster
{
    QPointF centre;     ///< mean position of the members, in the input's pixel space
    QList<int> members; ///< indices into the input
};

/// Greedy grid clustering in pixel space: a point joins the first cluster (in input order)
/// whose seed lies within `radius` pixels, else seeds a new one. O(n) with a grid.
QList<Cluster> clusterPoints(const QList<QPointF> &pixels, double radius);

/// Merges clusters whose drawn shapes would overlap: two clusters are joined while the distance
/// of their centres is below `extent(a) + extent(b) + gap`, where `extent(members)` is the
/// drawn radius of a cluster of that many members. The merged centre is the members' mean.
/// Bounded: at most as many merges as there are clusters.
QList<Cluster> separateClusters(QList<Cluster> clusters, const std::function<double(int)> &extent,
                                double gap);

} // namespace integreat::geo
