#pragma once

#include "core/model/place.h"

#include <QDateTime>
#include <QTimeZone>

namespace integreat::geo::hours {

/// 0 = Monday .. 6 = Sunday, for `now` seen in `deviceZone`.
int weekdayIndex(const QDateTime &now, const QTimeZone &deviceZone);

/// The official app's isCurrentlyOpen: no hours -> closed; the device-zone weekday picks the
/// day (missing -> closed); all day -> open; else open when a slot [start, end), read in its
/// own time zone (the device zone when it has none) on that zone's date, contains `now`.
/// `closed`, `appointmentOnly` and temporarily-closed are not consulted.
bool isOpenAt(const model::OpeningHours &hours, const QDateTime &now, const QTimeZone &deviceZone);

/// Whether the list can be shown as a week: all 7 days present (the official app hides it
/// otherwise).
bool isComplete(const model::OpeningHours &hours);

/// What a place's header says about opening now.
enum class State
{
    Open,
    Closed,
    TemporarilyClosed,
    AppointmentOnly, ///< no opening hours but an appointment link
    Unknown,         ///< no opening hours at all
};
State stateAt(const model::Place &place, const QDateTime &now, const QTimeZone &deviceZone);

} // namespace integreat::geo::hours
