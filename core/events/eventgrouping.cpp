#include "core/events/eventgrouping.h"

#include "core/events/recurrence.h"

#include <algorithm>

namespace integreat::events {

EventGrouping::EventGrouping(Clock clock, QTimeZone zone)
    : m_clock(std::move(clock))
    , m_zone(std::move(zone))
{
}

EventGroup EventGrouping::groupOf(const QDateTime &start) const
{
    const QDate today = m_clock().toTimeZone(m_zone).date();
    const QDate day = start.toTimeZone(m_zone).date();
    const qint64 days = today.daysTo(day);
    if (days <= 0)
        return EventGroup::Today;
    if (days == 1)
        return EventGroup::Tomorrow;
    if (days <= 7)
        return EventGroup::NextSevenDays;
    if (days <= 30)
        return EventGroup::NextThirtyDays;
    return EventGroup::Later;
}

QList<ListedEvent> EventGrouping::list(const QList<model::Event> &events, int moreDates,
                                       const QDateTime &from, const QDateTime &until) const
{
    const QDateTime now = m_clock();
    const QDateTime start = from.isValid() && from > now ? from : now;
    QList<ListedEvent> out;
    for (const model::Event &event : events) {
        const Recurrence recurrence(event);
        const auto expansion = recurrence.expand(start, 1 + std::max(0, moreDates), until);
        const QList<Occurrence> &dates = expansion.dates;
        if (dates.isEmpty())
            continue;
        ListedEvent row;
        row.event = event;
        row.next = dates.first();
        row.moreDates = dates.mid(1);
        row.group = groupOf(row.next.start);
        row.recurring = recurrence.isRecurring();
        row.irregular = expansion.irregular;
        out << row;
    }
    // By group, then by date (the official app puts one-time events before recurring ones,
    // which breaks the date order within a group); one-time first only at the same time.
    std::stable_sort(out.begin(), out.end(), [](const ListedEvent &a, const ListedEvent &b) {
        if (a.group != b.group)
            return a.group < b.group;
        if (a.next.start != b.next.start)
            return a.next.start < b.next.start;
        if (a.recurring != b.recurring)
            return !a.recurring;
        return a.event.title.localeAwareCompare(b.event.title) < 0;
    });
    return out;
}

} // namespace integreat::events
