#pragma once

#include "core/events/occurrence.h"
#include "core/model/event.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace integreat::desktop {

/// The words for an event's dates, in the UI language's locale: the date line ("Tuesday,
/// 2 January 2024, 18:00 – 20:00", "all day", a span over several days), a short date for
/// "more dates", and the rule ("Every week on Tuesday and Thursday", "Only on weekdays").
/// In a right-to-left UI language the times, ranges and dates in them are left-to-right
/// isolates (content::bidi), so "18:00 – 20:00" keeps its order in a list row too.
class EventDateText final
{
    Q_DECLARE_TR_FUNCTIONS(integreat::desktop::EventDateText)

public:
    static QString dateLine(const events::Occurrence &date, const QLocale &locale);
    static QString shortDate(const events::Occurrence &date, const QLocale &locale);
    /// Empty when the event neither recurs nor is limited to weekdays.
    static QString ruleLine(const model::Event &event, const QLocale &locale);

private:
    static QString plainDateLine(const events::Occurrence &date, const QLocale &locale);
};

} // namespace integreat::desktop
