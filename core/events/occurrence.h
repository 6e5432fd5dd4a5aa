#pragma once

#include <QDateTime>

namespace integreat::events {

/// One date of an event: start and end in the event's time zone. For all-day events the
/// times are the day's 00:00 and 23:59 as the CMS sends them.
struct Occurrence
{
    QDateTime start;
    QDateTime end;
    bool allDay = false;
    bool operator==(const Occurrence &) const = default;
};

} // namespace integreat::events
