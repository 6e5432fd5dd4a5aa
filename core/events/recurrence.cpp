#include "core/events/recurrence.h"

#include "core/events/icaltime.h"
#include "core/events/rulecheck.h"

#include <QElapsedTimer>
#include <memory>

using namespace Qt::StringLiterals;

namespace integreat::events {

namespace {

/// The wall clock of `dateTime` in `zone`, written as a UTC date-time: wall-clock arithmetic
/// without daylight-saving jumps.
QDateTime wallAsUtc(const QDateTime &dateTime, const QTimeZone &zone)
{
    const QDateTime local = dateTime.toTimeZone(zone);
    return QDateTime(local.date(), local.time(), QTimeZone::utc());
}

struct IteratorDeleter
{
    void operator()(icalrecur_iterator *it) const { icalrecur_iterator_free(it); }
};

} // namespace

Recurrence::Recurrence(const model::Event &event)
    : m_zone(detail::eventZone(event.timeZone, event.start))
    , m_start(event.start)
    , m_end(event.end)
    , m_allDay(event.allDay)
{
    if (m_start.isValid() && m_end.isValid() && m_end >= m_start)
        m_wallDurationMs = wallAsUtc(m_start, m_zone).msecsTo(wallAsUtc(m_end, m_zone));
    else if (m_allDay)
        m_wallDurationMs = (24 * 3600 - 60) * 1000LL;

    const detail::RuleText rule = detail::splitRule(event.recurrenceRule);
    if (rule.rrule.isEmpty())
        return;
    // Checked before libical sees it: some rules make libical's iterator loop for ever.
    m_irregular = !detail::ruleProblem(rule.rrule).isEmpty();
    if (m_irregular)
        return;
    const icalrecurrencetype parsed =
        icalrecurrencetype_from_string(rule.rrule.toUtf8().constData());
    icalerror_clear_errno();
    if (parsed.freq == ICAL_NO_RECURRENCE) {
        m_irregular = true; // a rule libical cannot read: show the event's own date
        return;
    }
    m_rrule = rule.rrule;
    m_dtstartUtc = rule.dtstartUtc.isValid() ? rule.dtstartUtc : m_start.toUTC();
}

QDateTime Recurrence::lastMoment(const Occurrence &o) const
{
    // An event without an end time is on until the end of its day.
    if (m_end.isValid() || !o.start.isValid())
        return o.end;
    return QDateTime(o.start.date(), QTime(23, 59, 59), m_zone);
}

Occurrence Recurrence::single() const
{
    Occurrence o;
    o.start = m_start.toTimeZone(m_zone);
    o.end = m_end.isValid() ? m_end.toTimeZone(m_zone) : o.start;
    o.allDay = m_allDay;
    return o;
}

Occurrence Recurrence::at(const QDateTime &wallStartAsUtc) const
{
    const QDateTime wallEnd = wallStartAsUtc.addMSecs(m_wallDurationMs);
    Occurrence o;
    o.start = QDateTime(wallStartAsUtc.date(), wallStartAsUtc.time(), m_zone);
    o.end = QDateTime(wallEnd.date(), wallEnd.time(), m_zone);
    o.allDay = m_allDay;
    return o;
}

QList<Occurrence> Recurrence::occurrences(const QDateTime &from, int count,
                                          const QDateTime &until) const
{
    return expand(from, count, until).dates;
}

Recurrence::Expansion Recurrence::expand(const QDateTime &from, int count,
                                         const QDateTime &until) const
{
    Expansion out;
    out.irregular = m_irregular;
    if (count <= 0)
        return out;
    if (!isRecurring()) {
        const Occurrence o = single();
        if (o.start.isValid() && lastMoment(o) >= from && (!until.isValid() || o.start <= until))
            out.dates << o;
        return out;
    }

    icalrecurrencetype rule = icalrecurrencetype_from_string(m_rrule.toUtf8().constData());
    if (!icaltime_is_null_time(rule.until) && !rule.until.is_date) {
        // UNTIL is UTC like DTSTART: compare it on the same wall clock as the dates.
        const QDateTime untilUtc(QDate(rule.until.year, rule.until.month, rule.until.day),
                                 QTime(rule.until.hour, rule.until.minute, rule.until.second),
                                 QTimeZone::utc());
        rule.until = detail::floatingWallClock(untilUtc, m_zone);
    }
    const icaltimetype dtstart = detail::floatingWallClock(m_dtstartUtc, m_zone);
    std::unique_ptr<icalrecur_iterator, IteratorDeleter> it(icalrecur_iterator_new(rule, dtstart));
    if (!it) {
        icalerror_clear_errno();
        out.irregular = true;
        return out;
    }
    const QDateTime first = firstStart();
    const QDateTime spanEnd = (from.isValid() && from > first ? from : first).addDays(MaxSpanDays);
    const QDateTime last = until.isValid() && until < spanEnd ? until : spanEnd;
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        if (out.iterations >= MaxIterations ||
            (out.iterations % 1024 == 1023 && clock.elapsed() > MaxMilliseconds)) {
            out.irregular = true;
            break;
        }
        const icaltimetype next = icalrecur_iterator_next(it.get());
        ++out.iterations;
        if (icaltime_is_null_time(next))
            break;
        const Occurrence o =
            at(QDateTime(QDate(next.year, next.month, next.day),
                         QTime(next.hour, next.minute, next.second), QTimeZone::utc()));
        if (o.start > last)
            break;
        if (lastMoment(o) < from)
            continue;
        out.dates << o;
        if (out.dates.size() >= std::min(count, MaxOccurrences))
            break;
    }
    return out;
}

std::optional<Occurrence> Recurrence::next(const QDateTime &from) const
{
    const auto list = occurrences(from, 1);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QString Recurrence::icalRule() const
{
    if (!isRecurring())
        return {};
    // The CMS writes UNTIL in UTC without "Z"; a calendar file must say it is UTC.
    QStringList parts = m_rrule.split(u';', Qt::SkipEmptyParts);
    for (QString &part : parts) {
        if (part.startsWith("UNTIL="_L1, Qt::CaseInsensitive) && part.size() == 6 + 15)
            part += u'Z';
    }
    return parts.join(u';');
}

QDateTime Recurrence::firstStart() const
{
    if (!isRecurring())
        return m_start.toTimeZone(m_zone);
    const QDateTime wall = wallAsUtc(m_dtstartUtc, m_zone);
    return QDateTime(wall.date(), wall.time(), m_zone);
}

} // namespace integreat::events
