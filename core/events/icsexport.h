#pragma once

#include "core/events/occurrence.h"
#include "core/model/event.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace integreat::events {

/// Writes events to an iCalendar (.ics) file that calendar apps import, with libical: times
/// in the event's time zone (with its VTIMEZONE) or all-day dates, title, address, the
/// excerpt and a link back to the event, the online meeting link.
class IcsExport final
{
public:
    struct Options
    {
        QString productId = QStringLiteral("-//Integreat Desktop//EN");
        QString webBase = QStringLiteral("https://integreat.app"); ///< for links to the event
    };

    /// One date of an event.
    static QByteArray oneDate(const model::Event &event, const Occurrence &date,
                              const Options &options);
    static QByteArray oneDate(const model::Event &event, const Occurrence &date)
    {
        return oneDate(event, date, Options());
    }

    /// Every date of the event from `from` on: one VEVENT with the RRULE when the rule is open
    /// ended or ends on a date, one VEVENT per date when it counts its dates; a single date
    /// for an event that does not recur. Empty when no date is left.
    static QByteArray futureDates(const model::Event &event, const QDateTime &from,
                                  const Options &options);
    static QByteArray futureDates(const model::Event &event, const QDateTime &from)
    {
        return futureDates(event, from, Options());
    }
};

} // namespace integreat::events
