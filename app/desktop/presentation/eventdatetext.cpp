#include "desktop/presentation/eventdatetext.h"

#include "core/content/bidi.h"
#include "core/events/recurrence.h"
#include "desktop/presentation/datetext.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {

bool sameDay(const events::Occurrence &date)
{
    return !date.end.isValid() || date.end.date() == date.start.date();
}

QString time(const QDateTime &when, const QLocale &locale)
{
    return DateText::time(when.time(), DateText::localeFor(locale.name()));
}

QString day(const QDate &date, const QLocale &locale)
{
    return DateText::date(date, DateText::localeFor(locale.name()));
}

/// FREQ, INTERVAL and BYDAY of an RRULE value.
QMap<QString, QString> ruleParts(const QString &rule)
{
    QMap<QString, QString> parts;
    for (const QString &part : rule.split(u';', Qt::SkipEmptyParts))
        parts.insert(part.section(u'=', 0, 0).toUpper(), part.section(u'=', 1));
    return parts;
}

QString weekdayNames(const QString &byDay, const QLocale &locale)
{
    static const QStringList codes{u"MO"_s, u"TU"_s, u"WE"_s, u"TH"_s, u"FR"_s, u"SA"_s, u"SU"_s};
    QStringList names;
    for (const QString &day : byDay.split(u',', Qt::SkipEmptyParts)) {
        const int index = codes.indexOf(day.right(2).toUpper());
        if (index < 0)
            continue;
        QString name = locale.dayName(index + 1, QLocale::LongFormat);
        const QString ordinal = day.left(day.size() - 2);
        if (ordinal == "-1"_L1)
            name = EventDateText::tr("the last %1").arg(name);
        else if (!ordinal.isEmpty())
            name = EventDateText::tr("the %1. %2").arg(ordinal.toInt()).arg(name);
        names << name;
    }
    return locale.createSeparatedList(names);
}

/// The words of a date as the locale's direction needs them: numbers isolated in RTL.
QString directed(const QString &text, const QLocale &locale)
{
    return locale.textDirection() == Qt::RightToLeft ? content::bidi::isolateNumbers(text) : text;
}

} // namespace

QString EventDateText::dateLine(const events::Occurrence &date, const QLocale &locale)
{
    return directed(plainDateLine(date, locale), locale);
}

QString EventDateText::plainDateLine(const events::Occurrence &date, const QLocale &locale)
{
    const QString startDay = day(date.start.date(), locale);
    if (sameDay(date)) {
        if (date.allDay)
            return tr("%1, all day").arg(startDay);
        if (!date.end.isValid() || date.end == date.start)
            return tr("%1, %2").arg(startDay, time(date.start, locale));
        return tr("%1, %2 – %3").arg(startDay, time(date.start, locale), time(date.end, locale));
    }
    const QString endDay = day(date.end.date(), locale);
    if (date.allDay)
        return tr("%1 – %2").arg(startDay, endDay);
    return tr("%1, %2 – %3, %4")
        .arg(startDay, time(date.start, locale), endDay, time(date.end, locale));
}

QString EventDateText::shortDate(const events::Occurrence &date, const QLocale &locale)
{
    const QString startDay = day(date.start.date(), locale);
    if (date.allDay || !sameDay(date))
        return directed(startDay, locale);
    return directed(tr("%1, %2").arg(startDay, time(date.start, locale)), locale);
}

QString EventDateText::ruleLine(const model::Event &event, const QLocale &locale)
{
    QStringList lines;
    const events::Recurrence recurrence(event);
    if (recurrence.isRecurring()) {
        const auto parts = ruleParts(recurrence.icalRule());
        const QString freq = parts.value(u"FREQ"_s);
        const int interval = std::max(1, parts.value(u"INTERVAL"_s).toInt());
        const QString days = weekdayNames(parts.value(u"BYDAY"_s), locale);
        QString every;
        if (freq == "DAILY"_L1)
            every = interval == 1 ? tr("Every day") : tr("Every %1 days").arg(interval);
        else if (freq == "WEEKLY"_L1)
            every = interval == 1 ? tr("Every week") : tr("Every %1 weeks").arg(interval);
        else if (freq == "MONTHLY"_L1)
            every = interval == 1 ? tr("Every month") : tr("Every %1 months").arg(interval);
        else if (freq == "YEARLY"_L1)
            every = interval == 1 ? tr("Every year") : tr("Every %1 years").arg(interval);
        else
            every = tr("Repeats");
        lines << (days.isEmpty() ? every : tr("%1 on %2").arg(every, days));
    }
    if (event.onlyWeekdays)
        lines << tr("Only on weekdays (Monday to Friday)");
    return directed(lines.join(u'\n'), locale);
}

} // namespace integreat::desktop
