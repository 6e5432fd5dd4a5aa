#pragma once

#include "events/occurrence.h"

#include <model/event.h>

#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace integreat::events {

/// The dates of one event. A recurring event's dates come from its recurrence_rule, expanded
/// with libical: the rule's DTSTART and UNTIL are UTC (written without "Z") and are read as
/// wall-clock times in the event's time zone, so a weekly 18:00 stays at 18:00 across a
/// daylight-saving change. The event's own start and end give only the duration. An event
/// without a (valid) rule has one date: its start and end.
class Recurrence final
{
public:
    explicit Recurrence(const model::Event &event);

    bool isRecurring() const { return !m_rrule.isEmpty(); }
    const QTimeZone &zone() const { return m_zone; }

    /// Up to `count` dates that have not ended at `from` (a date under way is included; one
    /// without an end time lasts to the end of its day), in
    /// order, and that start no later than `until` when it is valid.
    QList<Occurrence> occurrences(const QDateTime &from, int count,
                                  const QDateTime &until = {}) const;

    /// The next date that has not ended at `from`, if any.
    std::optional<Occurrence> next(const QDateTime &from) const;

    /// The rule for a calendar file: the RRULE value with UNTIL as a UTC time ("Z"), and the
    /// first date's start in the event's zone (the DTSTART to write). Empty when not recurring.
    QString icalRule() const;
    QDateTime firstStart() const;

private:
    Occurrence single() const;
    Occurrence at(const QDateTime &wallStartAsUtc) const;
    QDateTime lastMoment(const Occurrence &o) const;

    QTimeZone m_zone;
    QDateTime m_start;
    QDateTime m_end;
    bool m_allDay = false;
    qint64 m_wallDurationMs = 0;
    QString m_rrule;          ///< RRULE value as sent; empty when not recurring
    QDateTime m_dtstartUtc;   ///< the rule's DTSTART (UTC)
};

} // namespace integreat::events
