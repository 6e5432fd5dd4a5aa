#pragma once

// Internal to integreat-events: conversions between Qt date-times and libical's values, and
// the parsing of the CMS's recurrence_rule text. libical's headers stay out of public headers.

#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <libical/ical.h>

namespace integreat::events::detail {

/// The zone an event is read in: its IANA name, else the offset of its start, else the
/// system zone.
QTimeZone eventZone(const QString &ianaName, const QDateTime &start);

/// A floating (zone-less) libical time holding the wall clock of `dateTime` in `zone`.
icaltimetype floatingWallClock(const QDateTime &dateTime, const QTimeZone &zone);

/// The wall clock of a floating libical time read in `zone` (a time in a daylight-saving gap
/// moves forward, as calendar apps do).
QDateTime fromFloating(const icaltimetype &time, const QTimeZone &zone);

/// "20231015T080000" or "20231015T080000Z" (UTC either way, as the CMS writes it).
QDateTime parseUtc(const QString &text);

/// The CMS's recurrence_rule: optional "DTSTART:..." line and "RRULE:..." (or a bare rule).
struct RuleText
{
    QDateTime dtstartUtc; ///< invalid when the text has no DTSTART
    QString rrule;        ///< the rule's value, without "RRULE:"; empty when none
};
RuleText splitRule(const QString &recurrenceRule);

} // namespace integreat::events::detail
