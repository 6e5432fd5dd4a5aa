#include "desktop/presentation/datetext.h"

using namespace Qt::StringLiterals;

namespace integreat::desktop {

QLocale DateText::localeFor(const QString &language)
{
    const QString code = language.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
    // English as written in Germany: 24-hour clock, "7 Dec 2026" (en_US would say 12/7/26,
    // 6:00 PM). Other languages keep their own conventions.
    if (code == u"en"_s || code.isEmpty() || code == u"c"_s)
        return QLocale(QLocale::English, QLocale::Germany);
    return QLocale(code);
}

QLocale DateText::uiLocale()
{
    return localeFor(QLocale().name());
}

QString DateText::dateFormat(const QLocale &locale)
{
    // The locale's long format with abbreviated day and month names: de "ddd, d. MMM yyyy".
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.replace(u"dddd"_s, u"ddd"_s);
    format.replace(u"MMMM"_s, u"MMM"_s);
    return format;
}

QString DateText::timeFormat(const QLocale &locale)
{
    const QString own = locale.timeFormat(QLocale::ShortFormat);
    if (own.contains(u"ap"_s, Qt::CaseInsensitive))
        return u"h:mm AP"_s;
    return u"HH:mm"_s;
}

namespace {

/// Arabic-script locales write Eastern Arabic digits; Integreat content uses Latin digits (the
/// CMS and the official app do), so dates and times do too. Day and month names stay.
QString latinDigits(QString text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x0660 && u <= 0x0669)
            c = QChar(u'0' + (u - 0x0660));
        else if (u >= 0x06F0 && u <= 0x06F9)
            c = QChar(u'0' + (u - 0x06F0));
        else if (u == 0x066B) // Arabic decimal separator
            c = u'.';
    }
    return text;
}

} // namespace

QString DateText::date(const QDate &date, const QLocale &locale)
{
    return latinDigits(locale.toString(date, dateFormat(locale)));
}

QString DateText::longDate(const QDate &date, const QLocale &locale)
{
    return latinDigits(locale.toString(date, locale.dateFormat(QLocale::LongFormat)));
}

QString DateText::time(const QTime &time, const QLocale &locale)
{
    return latinDigits(locale.toString(time, timeFormat(locale)));
}

QString DateText::dateTime(const QDateTime &when, const QLocale &locale)
{
    const QDateTime local = when.toLocalTime();
    return tr("%1, %2", "date, time").arg(date(local.date(), locale), time(local.time(), locale));
}

QString DateText::timeRange(const QTime &from, const QTime &to, const QLocale &locale)
{
    return time(from, locale) + u"–"_s + time(to, locale);
}

QString DateText::inputFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // Four-digit years in input fields: "07.12.26" is ambiguous.
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

} // namespace integreat::desktop
