#include "desktop/events/eventpagedates.h"

#include "core/events/recurrence.h"

namespace integreat::desktop {

EventPageDates EventPageDates::of(const model::Event &event, const QDateTime &now)
{
    const events::Recurrence recurrence(event);
    const auto expansion = recurrence.expand(now, 1 + MoreDates);
    EventPageDates result{expansion.dates, expansion.irregular};
    if (result.dates.isEmpty()) // over: show its last known date
        result.dates = {events::Occurrence{event.start.toTimeZone(recurrence.zone()),
                                           event.end.toTimeZone(recurrence.zone()), event.allDay}};
    return result;
}

} // namespace integreat::desktop
