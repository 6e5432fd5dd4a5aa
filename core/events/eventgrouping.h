#pragma once

#include "core/events/clock.h"
#include "core/events/occurrence.h"
#include "core/model/event.h"

#include <QList>
#include <QTimeZone>

namespace integreat::events {

/// The headings of the events list, as in the official app.
enum class EventGroup
{
    Today,
    Tomorrow,
    NextSevenDays,
    NextThirtyDays,
    Later
};

/// One row of the events list: an event at its next date, with the dates after it.
struct ListedEvent
{
    model::Event event;
    Occurrence next;
    QList<Occurrence> moreDates;
    EventGroup group = EventGroup::Later;
    bool recurring = false;
    /// The event's rule could not be expanded within bounds (Recurrence::isIrregular()): the
    /// dates shown are not all there are; views say "irregular dates".
    bool irregular = false;
};

/// Sorts events into the list's groups by their next date. The day boundaries are those of
/// `zone` (the user's zone); the clock is injected so tests stand on any boundary.
class EventGrouping final
{
public:
    explicit EventGrouping(Clock clock = systemClock(),
                           QTimeZone zone = QTimeZone::systemTimeZone());

    /// Today for a start on or before the end of today (an event under way too), then
    /// tomorrow, within 7 days, within 30 days, later.
    EventGroup groupOf(const QDateTime &start) const;

    /// The events with a date not yet over (within [from, until] when given), ordered by group,
    /// then next date (one-time before recurring at the same time), then title, each with up to
    /// `moreDates` further dates.
    QList<ListedEvent> list(const QList<model::Event> &events, int moreDates = 5,
                            const QDateTime &from = {}, const QDateTime &until = {}) const;

    QDateTime now() const { return m_clock(); }
    const QTimeZone &zone() const { return m_zone; }

private:
    Clock m_clock;
    QTimeZone m_zone;
};

} // namespace integreat::events
