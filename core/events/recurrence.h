#pragma once

#include "core/events/occurrence.h"
#include "core/model/event.h"

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
///
/// Expansion is bounded (issue 11): rules libical could loop on for ever are not expanded at
/// all (rulecheck.h), and one expansion gives at most MaxOccurrences dates, looks at most at
/// MaxIterations dates, MaxSpanDays ahead of `from`, for at most MaxMilliseconds. A rule that
/// cannot be expanded within these bounds is "irregular": the event keeps its first date and views
/// say its dates are irregular.
class Recurrence final
{
public:
    static constexpr int MaxIterations = 100000; ///< an hourly rule over eleven years
    static constexpr int MaxOccurrences = 1000;
    /// Ten years ahead of `from`: a rule "every two years" still shows its next few dates.
    static constexpr int MaxSpanDays = 3653;
    static constexpr int MaxMilliseconds = 250;

    explicit Recurrence(const model::Event &event);

    bool isRecurring() const { return !m_rrule.isEmpty(); }
    /// The event has a rule that is not expanded (unreadable, or outside the bounds above): it
    /// is shown with its first date, marked as having irregular dates.
    bool isIrregular() const { return m_irregular; }

    struct Expansion
    {
        QList<Occurrence> dates;
        bool irregular = false; ///< isIrregular(), or the bounds stopped this expansion early
        int iterations = 0;     ///< dates libical produced (for tests and benchmarks)
    };
    /// occurrences() with what the expansion cost and whether its bounds stopped it.
    Expansion expand(const QDateTime &from, int count, const QDateTime &until = {}) const;
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
    QString m_rrule;        ///< RRULE value as sent; empty when not recurring
    QDateTime m_dtstartUtc; ///< the rule's DTSTART (UTC)
    bool m_irregular = false;
};

} // namespace integreat::events
