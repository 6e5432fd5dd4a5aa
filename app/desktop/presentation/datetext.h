#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace integreat::desktop {

/// Dates and times in the reader's conventions, the same everywhere (events, news, places,
/// filters, the header): German UI "Mo., 7. Dez. 2026, 18:00", English "Mon, 7 Dec 2026,
/// 18:00". The clock is 24-hour unless the UI locale itself uses a 12-hour clock; the English UI
/// follows English as written in Germany (24-hour, day before month). Digits stay Latin.
class DateText final
{
    Q_DECLARE_TR_FUNCTIONS(integreat::desktop::DateText)

public:
    /// The locale dates are written in for UI language `language` ("de", "en", "ar"...).
    static QLocale localeFor(const QString &language);
    /// The locale for the current UI language (QLocale()).
    static QLocale uiLocale();

    /// "Mo., 7. Dez. 2026"
    static QString date(const QDate &date, const QLocale &locale = uiLocale());
    /// "Montag, 7. Dezember 2026"
    static QString longDate(const QDate &date, const QLocale &locale = uiLocale());
    /// "18:00" (or "6:00 PM" where the locale uses a 12-hour clock)
    static QString time(const QTime &time, const QLocale &locale = uiLocale());
    /// "Mo., 7. Dez. 2026, 18:00"; `when` is shown in the local time zone.
    static QString dateTime(const QDateTime &when, const QLocale &locale = uiLocale());
    /// "18:00–20:00"
    static QString timeRange(const QTime &from, const QTime &to,
                             const QLocale &locale = uiLocale());
    /// The format for date input fields: "dd.MM.yyyy", "dd/MM/yyyy"...
    static QString inputFormat(const QLocale &locale = uiLocale());
    /// The format string `date()` uses for `locale`.
    static QString dateFormat(const QLocale &locale);
    /// The format string `time()` uses for `locale`.
    static QString timeFormat(const QLocale &locale);
};

} // namespace integreat::desktop
