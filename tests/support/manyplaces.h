#pragma once

// Synthetic places for the 20,000-place list test (tests/gui/test_places_many.cpp) and the
// Places list benchmark (bench/placesbench.cpp). Header-only: the test support library itself
// does not link the core model; its users do.
#include "core/model/place.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace integreat::testing {

/// Five categories, ids 9001–9005, named "Kategorie 1" … "Kategorie 5".
inline QList<model::PlaceCategory> manyPlaceCategories()
{
    using namespace Qt::StringLiterals;
    static const QStringList colours{u"#1DC6C6"_s, u"#3700D2"_s, u"#E65100"_s, u"#2E7D32"_s,
                                     u"#AD1457"_s};
    QList<model::PlaceCategory> categories;
    for (int c = 0; c < 5; ++c)
        categories.append({9001 + c, u"Kategorie %1"_s.arg(c + 1), colours.at(c), {}, {}});
    return categories;
}

/// `count` places of (region, language): place i is titled "Ort NNNNN" (i with five digits, so
/// A–Z order is i's order), path /region/language/locations/ort-i/, in category 9001 + i % 5,
/// on a grid of about 15 × 15 km around (lat, lon); every other one is open Monday to Friday
/// 09:00–17:00, the others have no opening hours.
inline QList<model::Place> manyPlaces(const QString &region, const QString &language, int count,
                                      double lat, double lon)
{
    using namespace Qt::StringLiterals;
    const QList<model::PlaceCategory> categories = manyPlaceCategories();
    model::OpeningHours weekdays(7);
    for (int day = 0; day < 5; ++day)
        weekdays[day].timeSlots = {{u"09:00"_s, u"17:00"_s, {}}};
    for (int day = 5; day < 7; ++day)
        weekdays[day].closed = true;
    QList<model::Place> places;
    places.reserve(count);
    for (int i = 0; i < count; ++i) {
        model::Place place;
        place.id = 500000 + i;
        place.path = u"/%1/%2/locations/ort-%3/"_s.arg(region, language).arg(i);
        place.title = u"Ort %1"_s.arg(i, 5, 10, QChar(u'0'));
        place.lastUpdated = QDateTime(QDate(2025, 1, 1), QTime(12, 0), Qt::UTC);
        place.category = categories.at(i % categories.size());
        place.address.street = u"Teststraße %1"_s.arg(i % 200 + 1);
        place.address.postcode = u"86150"_s;
        place.address.town = u"Testheim"_s;
        place.address.latitude = lat + double(i % 150) * 0.001;
        place.address.longitude = lon + double(i / 150) * 0.0015;
        if (i % 2 == 0)
            place.openingHours = weekdays;
        places.append(place);
    }
    return places;
}

} // namespace integreat::testing
