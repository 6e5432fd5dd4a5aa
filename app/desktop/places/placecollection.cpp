#include "desktop/places/placecollection.h"

#include "core/geo/placegroups.h"
#include "core/store/store.h"

#include <QLoggingCategory>
#include <QSet>
#include <algorithm>

Q_LOGGING_CATEGORY(lcPlaceData, "integreat.places")

namespace integreat::desktop {

void PlaceCollection::load(const store::Store &store, const QString &region,
                           const QString &language)
{
    m_region = store.region(region);
    m_places = store.places(region, language);
    m_categories = store.placeCategories(region, language);
    m_events = store.events(region, language);
    m_positions.clear();
    const auto middle = centre();
    for (const model::Place &place : m_places) {
        const auto position = geo::usableCoordinates(place.address, middle);
        if (!position)
            qCWarning(lcPlaceData).noquote()
                << "place" << place.path << "has no usable coordinates; listed, not drawn";
        m_positions.append(position);
    }
    if (m_categories.isEmpty()) {
        QSet<int> seen;
        for (const model::Place &place : m_places) {
            if (place.category && !seen.contains(place.category->id)) {
                seen.insert(place.category->id);
                m_categories.append(*place.category);
            }
        }
    }
}

int PlaceCollection::indexOf(const QString &path) const
{
    for (int i = 0; i < m_places.size(); ++i) {
        if (m_places.at(i).path == path)
            return i;
    }
    return -1;
}

QList<int> PlaceCollection::matching(const geo::PlaceFilter &filter, const QDateTime &now,
                                     const QTimeZone &zone) const
{
    QList<int> found;
    for (int i = 0; i < m_places.size(); ++i) {
        if (filter.matches(m_places.at(i), now, zone))
            found.append(i);
    }
    return found;
}

QList<model::Event> PlaceCollection::eventsAt(int index) const
{
    QList<model::Event> here;
    const QString &path = m_places.at(index).path;
    for (const model::Event &event : m_events) {
        if (!event.locationPath.isEmpty() && event.locationPath == path)
            here.append(event);
    }
    return here;
}

std::optional<double> PlaceCollection::distanceKm(int index,
                                                  const std::optional<geo::LatLon> &from) const
{
    if (!from || !m_positions.at(index))
        return std::nullopt;
    return geo::distanceMeters(*from, *m_positions.at(index)) / 1000.0;
}

std::optional<geo::LatLon> PlaceCollection::centre() const
{
    if (!m_region || !m_region->center)
        return std::nullopt;
    return geo::LatLon{m_region->center->latitude, m_region->center->longitude};
}

std::optional<std::pair<geo::LatLon, geo::LatLon>> PlaceCollection::boundingBox() const
{
    if (!m_region || !m_region->boundingBox)
        return std::nullopt;
    const model::BoundingBox &box = *m_region->boundingBox;
    if (!(box.north > box.south && box.east > box.west))
        return std::nullopt;
    if (const auto c = centre()) {
        if (c->lat < box.south || c->lat > box.north || c->lon < box.west || c->lon > box.east)
            return std::nullopt;
    }
    return std::pair{geo::LatLon{box.south, box.west}, geo::LatLon{box.north, box.east}};
}

std::optional<std::pair<geo::LatLon, geo::LatLon>> PlaceCollection::placesBox() const
{
    std::optional<std::pair<geo::LatLon, geo::LatLon>> box;
    for (const std::optional<geo::LatLon> &p : m_positions) {
        if (!p)
            continue;
        if (!box) {
            box = std::pair{*p, *p};
            continue;
        }
        box->first.lat = std::min(box->first.lat, p->lat);
        box->first.lon = std::min(box->first.lon, p->lon);
        box->second.lat = std::max(box->second.lat, p->lat);
        box->second.lon = std::max(box->second.lon, p->lon);
    }
    if (!box)
        return std::nullopt;
    // At least about 600 m across, so that one place is shown with its streets.
    const double padLat = std::max(0.0027, (box->second.lat - box->first.lat) * 0.05);
    const double padLon = std::max(0.004, (box->second.lon - box->first.lon) * 0.05);
    box->first.lat -= padLat;
    box->first.lon -= padLon;
    box->second.lat += padLat;
    box->second.lon += padLon;
    return box;
}

} // namespace integreat::desktop
