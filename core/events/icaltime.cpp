#include "core/events/icaltime.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace integreat::events::detail {

QTimeZone eventZone(const QString &ianaName, const QDateTime &start)
{
    if (!ianaName.isEmpty()) {
        QTimeZone zone(ianaName.toUtf8());
        if (zone.isValid())
            return zone;
    }
    if (start.isValid())
        return QTimeZone(start.offsetFromUtc());
    return QTimeZone::systemTimeZone();
}

icaltimetype floatingWallClock(const QDateTime &dateTime, const QTimeZone &zone)
{
    const QDateTime local = dateTime.toTimeZone(zone);
    icaltimetype t = icaltime_null_time();
    t.year = local.date().year();
    t.month = local.date().month();
    t.day = local.date().day();
    t.hour = local.time().hour();
    t.minute = local.time().minute();
    t.second = local.time().second();
    t.is_date = 0;
    t.zone = nullptr;
    return t;
}

QDateTime fromFloating(const icaltimetype &time, const QTimeZone &zone)
{
    return QDateTime(QDate(time.year, time.month, time.day),
                     QTime(time.hour, time.minute, time.second), zone);
}

QDateTime parseUtc(const QString &text)
{
    static const QRegularExpression re(u"^(\\d{8})(?:T(\\d{6}))?Z?$"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date = QDate::fromString(m.captured(1), u"yyyyMMdd"_s);
    const QTime time =
        m.captured(2).isEmpty() ? QTime(0, 0) : QTime::fromString(m.captured(2), u"HHmmss"_s);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

RuleText splitRule(const QString &recurrenceRule)
{
    RuleText out;
    const auto lines = recurrenceRule.split(QRegularExpression(u"[\\r\\n]+"_s), Qt::SkipEmptyParts);
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith("DTSTART"_L1, Qt::CaseInsensitive)) {
            // DTSTART:... or DTSTART;TZID=...:... (the value is after the last colon)
            out.dtstartUtc = parseUtc(line.mid(line.lastIndexOf(u':') + 1));
        } else if (line.startsWith("RRULE:"_L1, Qt::CaseInsensitive)) {
            out.rrule = line.mid(6).trimmed();
        } else if (line.contains("FREQ="_L1, Qt::CaseInsensitive)) {
            out.rrule = line;
        }
    }
    return out;
}

} // namespace integreat::events::detail
