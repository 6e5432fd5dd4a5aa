// mergeNearby with many places (issue 11: 20,000 places): the grid gives exactly the groups of a
// pass over every group, also near the poles and across the 180th meridian.
#include "core/geo/placegroups.h"
#include "core/geo/tilemath.h"

#include <QRandomGenerator>
#include <catch2/catch.hpp>

using namespace integreat::geo;

namespace {

/// The definition: each point joins the first group whose first point is under `meters` away.
QList<QList<int>> mergeByPass(const QList<LatLon> &points, double meters)
{
    QList<QList<int>> groups;
    for (int i = 0; i < points.size(); ++i) {
        bool placed = false;
        for (QList<int> &group : groups) {
            if (distanceMeters(points.at(group.first()), points.at(i)) < meters) {
                group.append(i);
                placed = true;
                break;
            }
        }
        if (!placed)
            groups.append(QList<int>{i});
    }
    return groups;
}

/// `count` points around (lat, lon), many of them within a few metres of another.
QList<LatLon> cloud(QRandomGenerator &random, int count, double lat, double lon, double spread)
{
    QList<LatLon> points;
    for (int i = 0; i < count; ++i) {
        if (i > 0 && random.bounded(3) == 0) { // a neighbour of an earlier point, 0–8 m away
            const LatLon &near = points.at(random.bounded(i));
            points.append({near.lat + (random.generateDouble() - 0.5) * 0.00007,
                           near.lon + (random.generateDouble() - 0.5) * 0.0001});
        } else {
            points.append({lat + (random.generateDouble() - 0.5) * spread,
                           lon + (random.generateDouble() - 0.5) * spread});
        }
    }
    return points;
}

} // namespace

TEST_CASE("Merging nearby places by grid gives the groups of a pass over every group",
          "[geo][places]")
{
    QRandomGenerator random(20000);
    const struct
    {
        double lat, lon, spread;
    } areas[] = {{48.37, 10.89, 0.01},
                 {48.37, 10.89, 0.0005},
                 {84.9, 20.0, 0.002},
                 {-33.0, 179.9995, 0.002},
                 {0.0, -180.0, 0.002}};
    for (const auto &area : areas) {
        const QList<LatLon> points = cloud(random, 1500, area.lat, area.lon, area.spread);
        for (const double meters : {5.0, 50.0}) {
            INFO("around " << area.lat << ", " << area.lon << ", " << meters << " m");
            const QList<QList<int>> groups = mergeNearby(points, meters);
            CHECK(groups == mergeByPass(points, meters));
            CHECK(groups.size() > 1);
            CHECK(groups.size() < points.size());
        }
    }
    // Many places of one town, each on its own spot: one group each.
    QList<LatLon> grid;
    for (int i = 0; i < 20000; ++i)
        grid.append({48.33 + (i % 150) * 0.001, 10.85 + (i / 150) * 0.0015});
    CHECK(mergeNearby(grid).size() == 20000);
}
