#include "core/geo/placegroups.h"

#include <QCollator>
#include <QHash>
#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>

namespace integreat::geo {

std::optional<LatLon> usableCoordinates(const model::Address &address,
                                        const std::optional<LatLon> &regionCentre, double maxKm)
{
    if (!address.latitude || !address.longitude)
        return std::nullopt;
    const LatLon point{*address.latitude, *address.longitude};
    if (!std::isfinite(point.lat) || !std::isfinite(point.lon) || std::abs(point.lat) > 85.0 ||
        std::abs(point.lon) > 180.0)
        return std::nullopt;
    if (std::abs(point.lat) < 1e-9 && std::abs(point.lon) < 1e-9)
        return std::nullopt;
    if (regionCentre && distanceMeters(point, *regionCentre) > maxKm * 1000.0)
        return std::nullopt;
    return point;
}

QList<QList<int>> mergeNearby(const QList<LatLon> &points, double meters)
{
    // A grid of cells at least `meters` wide, so that every group start closer than `meters`
    // lies in a point's cell or a neighbouring one: 20,000 places merge in linear time. Among
    // the starts close enough, the earliest group wins, as in a pass over every group.
    double maxLat = 0;
    for (const LatLon &p : points)
        maxLat = std::max(maxLat, std::min(89.0, std::abs(p.lat)));
    const double angle = meters / EarthRadiusMeters; // radians
    const double cellLat = std::max(1e-9, angle * 180.0 / std::numbers::pi * 1.01);
    const double spread = std::sin(angle / 2) / std::cos(maxLat * std::numbers::pi / 180.0);
    const double cellLon =
        spread >= 1 ? 360.0
                    : std::max(1e-9, 2 * std::asin(spread) * 180.0 / std::numbers::pi * 1.01);
    const qint64 columns = std::max<qint64>(1, qint64(std::floor(360.0 / cellLon)));
    const auto row = [&](const LatLon &p) {
        return qint64(std::floor((p.lat + 90.0) / cellLat));
    };
    const auto column = [&](const LatLon &p) {
        const double lon = std::fmod(std::fmod(p.lon + 180.0, 360.0) + 360.0, 360.0);
        return std::min(columns - 1, qint64(std::floor(lon / 360.0 * double(columns))));
    };
    const auto key = [](qint64 r, qint64 c) {
        return (quint64(quint32(r)) << 32) | quint32(c);
    };

    QList<QList<int>> groups;
    QHash<quint64, QList<int>> starts; // cell -> groups starting in it
    for (int i = 0; i < points.size(); ++i) {
        const LatLon &p = points.at(i);
        const qint64 r = row(p);
        const qint64 c = column(p);
        int best = -1;
        for (qint64 dr = -1; dr <= 1; ++dr) {
            for (qint64 dc = -1; dc <= 1; ++dc) {
                const qint64 cc = ((c + dc) % columns + columns) % columns;
                const auto found = starts.constFind(key(r + dr, cc));
                if (found == starts.constEnd())
                    continue;
                for (int g : *found) {
                    if ((best < 0 || g < best) &&
                        distanceMeters(points.at(groups.at(g).first()), p) < meters)
                        best = g;
                }
            }
        }
        if (best >= 0) {
            groups[best].append(i);
        } else {
            starts[key(r, c)].append(int(groups.size()));
            groups.append(QList<int>{i});
        }
    }
    return groups;
}

QList<int> sortByTitle(const QStringList &titles)
{
    QList<int> order(titles.size());
    std::iota(order.begin(), order.end(), 0);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return collator.compare(titles.at(a), titles.at(b)) < 0;
    });
    return order;
}

QList<int> sortByDistance(const QList<std::optional<LatLon>> &points, const LatLon &from,
                          const QStringList &titles)
{
    QList<int> order = sortByTitle(titles);
    QList<double> distance(points.size());
    for (int i = 0; i < points.size(); ++i)
        distance[i] = points.at(i) ? distanceMeters(from, *points.at(i)) : INFINITY;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return distance.at(a) < distance.at(b); });
    return order;
}

QList<Cluster> clusterPoints(const QList<QPointF> &pixels, double radius)
{
    QList<Cluster> clusters;
    QList<QPointF> seeds;
    QList<QPointF> sums;
    QHash<quint64, QList<int>> grid; // cell -> cluster indices whose seed lies in it
    const auto cellOf = [radius](double v) {
        return qint64(std::floor(v / radius));
    };
    const auto key = [](qint64 cx, qint64 cy) {
        return (quint64(quint32(cx)) << 32) | quint64(quint32(cy));
    };
    const double r2 = radius * radius;
    for (int i = 0; i < pixels.size(); ++i) {
        const QPointF p = pixels.at(i);
        const qint64 cx = cellOf(p.x());
        const qint64 cy = cellOf(p.y());
        int found = -1;
        for (qint64 dy = -1; dy <= 1; ++dy) {
            for (qint64 dx = -1; dx <= 1; ++dx) {
                const auto it = grid.constFind(key(cx + dx, cy + dy));
                if (it == grid.constEnd())
                    continue;
                for (int c : *it) {
                    const QPointF d = seeds.at(c) - p;
                    if (d.x() * d.x() + d.y() * d.y() <= r2 && (found < 0 || c < found))
                        found = c;
                }
            }
        }
        if (found < 0) {
            found = int(clusters.size());
            clusters.append(Cluster{p, {}});
            seeds.append(p);
            sums.append(QPointF());
            grid[key(cx, cy)].append(found);
        }
        clusters[found].members.append(i);
        sums[found] += p;
    }
    for (int c = 0; c < clusters.size(); ++c)
        clusters[c].centre = sums.at(c) / double(clusters.at(c).members.size());
    return clusters;
}

QList<Cluster> separateClusters(QList<Cluster> clusters, const std::function<double(int)> &extent,
                                double gap)
{
    // Each cluster keeps the sum of its member positions so that merged centres stay means.
    QList<QPointF> sums;
    sums.reserve(clusters.size());
    for (const Cluster &c : clusters)
        sums.append(c.centre * double(c.members.size()));
    // Passes until nothing overlaps; within a pass a cluster swallows every later one it
    // overlaps (its reach grows as it does), earlier ones are met again in the next pass.
    bool merged = true;
    while (merged) {
        merged = false;
        for (qsizetype a = 0; a < clusters.size(); ++a) {
            for (qsizetype b = a + 1; b < clusters.size();) {
                const double reach = extent(int(clusters.at(a).members.size())) +
                                     extent(int(clusters.at(b).members.size())) + gap;
                const QPointF d = clusters.at(a).centre - clusters.at(b).centre;
                if (d.x() * d.x() + d.y() * d.y() >= reach * reach) {
                    ++b;
                    continue;
                }
                clusters[a].members += clusters.at(b).members;
                sums[a] += sums.at(b);
                clusters[a].centre = sums.at(a) / double(clusters.at(a).members.size());
                clusters.removeAt(b);
                sums.removeAt(b);
                merged = true;
            }
        }
    }
    for (Cluster &c : clusters)
        std::sort(c.members.begin(), c.members.end());
    return clusters;
}

} // namespace integreat::geo
