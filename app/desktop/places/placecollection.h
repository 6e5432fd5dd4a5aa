#pragma once

#include "core/geo/placefilter.h"
#include "core/geo/tilemath.h"
#include "core/model/event.h"
#include "core/model/place.h"
#include "core/model/region.h"

#include <QList>
#include <QString>
#include <optional>

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

/// The places of one (region, language) as Places shows them: read from the store with their
/// categories (from the places when the category list is empty) and events, each with its
/// drawable position (none for missing, 0/0 or far-away coordinates: listed, not drawn, with
/// a warning in the log).
class PlaceCollection final
{
public:
    void load(const store::Store &store, const QString &region, const QString &language);

    const std::optional<model::Region> &region() const { return m_region; }
    const QList<model::Place> &places() const { return m_places; }
    const QList<model::PlaceCategory> &categories() const { return m_categories; }
    const std::optional<geo::LatLon> &position(int index) const { return m_positions.at(index); }
    int size() const { return int(m_places.size()); }
    int indexOf(const QString &path) const;
    /// Indices of the places `filter` lets through, in store order.
    QList<int> matching(const geo::PlaceFilter &filter, const QDateTime &now,
                        const QTimeZone &zone) const;
    /// The events whose location is the place at `index`.
    QList<model::Event> eventsAt(int index) const;
    std::optional<double> distanceKm(int index, const std::optional<geo::LatLon> &from) const;

    /// The first view: the region's bounding box (south-west, north-east) when it is usable and
    /// holds the centre; else nothing (use centre()).
    std::optional<std::pair<geo::LatLon, geo::LatLon>> boundingBox() const;
    /// The box (south-west, north-east) around every place with coordinates, a little wider
    /// than the places themselves; nothing when no place has coordinates.
    std::optional<std::pair<geo::LatLon, geo::LatLon>> placesBox() const;
    std::optional<geo::LatLon> centre() const;

private:
    std::optional<model::Region> m_region;
    QList<model::Place> m_places;
    QList<std::optional<geo::LatLon>> m_positions;
    QList<model::PlaceCategory> m_categories;
    QList<model::Event> m_events;
};

} // namespace integreat::desktop
