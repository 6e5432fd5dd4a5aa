#include "core/geo/openinghours.h"

using namespace Qt::StringLiterals;

namespace integreat::geo::hours {

int weekdayIndex(const QDateTime &now, const QTimeZone &deviceZone)
{
    return now.toTimeZone(deviceZone).date().dayOfWeek() - 1;
}

bool isOpenAt(const model::OpeningHours &hours, const QDateTime &now, const QTimeZone &deviceZone)
{
    if (hours.isEmpty())
        return false;
    const int index = weekdayIndex(now, deviceZone);
    if (index < 0 || index >= hours.size())
        return false;
    const model::DayHours &day = hours.at(index);
    if (day.allDay)
        return true;
    for (const model::TimeSlot &slot : day.timeSlots) {
        QTimeZone zone = slot.timeZone.isEmpty() ? deviceZone : QTimeZone(slot.timeZone.toUtf8());
        if (!zone.isValid())
            zone = deviceZone;
        const QDate date = now.toTimeZone(zone).date();
        const QTime start = QTime::fromString(slot.start, u"HH:mm"_s);
        QTime end = QTime::fromString(slot.end, u"HH:mm"_s);
        if (!start.isValid() || !end.isValid())
            continue;
        const QDateTime from(date, start, zone);
        // "24:00" or an end before the start runs to the end of the day.
        const QDateTime to = end <= start ? QDateTime(date.addDays(1), QTime(0, 0), zone)
                                          : QDateTime(date, end, zone);
        if (from <= now && now < to)
            return true;
    }
    return false;
}

bool isComplete(const model::OpeningHours &hours)
{
    return hours.size() == 7;
}

State stateAt(const model::Place &place, const QDateTime &now, const QTimeZone &deviceZone)
{
    if (place.temporarilyClosed)
        return State::TemporarilyClosed;
    if (place.openingHours.isEmpty())
        return place.appointmentUrl.isEmpty() ? State::Unknown : State::AppointmentOnly;
    return isOpenAt(place.openingHours, now, deviceZone) ? State::Open : State::Closed;
}

} // namespace integreat::geo::hours
