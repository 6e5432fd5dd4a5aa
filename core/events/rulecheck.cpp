#include "core/events/rulecheck.h"

#include <QList>
#include <QStringList>
#include <cstdlib>
#include <optional>

using namespace Qt::StringLiterals;

namespace integreat::events::detail {

namespace {

struct Range
{
    QLatin1StringView key;
    int min, max;
    bool negative; ///< -max..-1 allowed as well
};

// RFC 5545 §3.3.10, without the leap second libical would chase for ever.
constexpr Range Ranges[] = {
    {"BYSECOND"_L1, 0, 59, false}, {"BYMINUTE"_L1, 0, 59, false},  {"BYHOUR"_L1, 0, 23, false},
    {"BYMONTH"_L1, 1, 12, false},  {"BYMONTHDAY"_L1, 1, 31, true}, {"BYYEARDAY"_L1, 1, 366, true},
    {"BYWEEKNO"_L1, 1, 53, true},  {"BYSETPOS"_L1, 1, 366, true},  {"INTERVAL"_L1, 1, 1000, false},
};

// The longest each month can be (February in a leap year).
constexpr int MonthDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

/// The numbers of a "1,2,-3" list, or nullopt when one is not a number in range.
std::optional<QList<int>> numbers(const QString &value, const Range &range)
{
    QList<int> out;
    for (const QString &part : value.split(u',')) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        const bool inRange = (n >= range.min && n <= range.max) ||
                             (range.negative && n <= -range.min && n >= -range.max);
        if (!ok || !inRange)
            return std::nullopt;
        out << n;
    }
    return out;
}

} // namespace

QString ruleProblem(const QString &rrule)
{
    QString freq;
    QList<int> months, monthDays;
    for (const QString &part : rrule.split(u';', Qt::SkipEmptyParts)) {
        const QString key = part.section(u'=', 0, 0).trimmed().toUpper();
        const QString value = part.section(u'=', 1).trimmed().toUpper();
        if (key == u"FREQ"_s)
            freq = value;
        for (const Range &range : Ranges) {
            if (key != range.key)
                continue;
            const auto values = numbers(value, range);
            if (!values)
                return u"%1=%2 is out of range"_s.arg(key, value);
            if (key == u"BYMONTH"_s)
                months = *values;
            else if (key == u"BYMONTHDAY"_s)
                monthDays = *values;
        }
    }
    static const QStringList allowed{u"HOURLY"_s, u"DAILY"_s, u"WEEKLY"_s, u"MONTHLY"_s,
                                     u"YEARLY"_s};
    if (freq.isEmpty())
        return u"no FREQ"_s;
    if (!allowed.contains(freq))
        return u"FREQ=%1 repeats more often than hourly"_s.arg(freq);
    if (!months.isEmpty() && !monthDays.isEmpty()) {
        bool meet = false;
        for (const int month : std::as_const(months)) {
            for (const int day : std::as_const(monthDays))
                meet |= std::abs(day) <= MonthDays[month - 1];
        }
        if (!meet)
            return u"no month of BYMONTH has a day of BYMONTHDAY"_s;
    }
    return {};
}

} // namespace integreat::events::detail
