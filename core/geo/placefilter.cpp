#include "core/geo/placefilter.h"

#include "core/geo/openinghours.h"

namespace integreat::geo {

bool PlaceFilter::matches(const model::Place &place, const QDateTime &now,
                          const QTimeZone &deviceZone) const
{
    if (categoryId && (!place.category || place.category->id != *categoryId))
        return false;
    if (openNow && !hours::isOpenAt(place.openingHours, now, deviceZone))
        return false;
    if (barrierFree && place.barrierFree != true)
        return false;
    if (!text.isEmpty()) {
        const QString needle = text.simplified();
        const QStringList haystack{
            place.title,
            place.category ? place.category->name : QString(),
            place.organization ? place.organization->name : QString(),
            place.address.name,
            place.address.street,
            place.address.town,
            place.excerpt,
        };
        bool found = false;
        for (const QString &field : haystack) {
            if (field.contains(needle, Qt::CaseInsensitive)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace integreat::geo
