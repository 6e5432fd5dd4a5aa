#pragma once

#include "core/events/occurrence.h"
#include "core/model/event.h"
#include "desktop/print/handouthtml.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace integreat::print {

/// The blocks of "this week's events" in one column's language: the title with the week's
/// dates, a heading per day, and per event its time(s) that day, its place and a short line, or
/// a note where the event is not translated into the column's language. Labels through the
/// column's catalog (HandoutHtml::translated), dates and times with DateText (the column's
/// day and month names, Latin digits), numbers kept left-to-right in right-to-left text.
class WeekHtml final
{
    Q_DECLARE_TR_FUNCTIONS(integreat::print::WeekHtml)

public:
    using Options = HandoutHtml::Options;

    /// "Events of the week" and "Monday, 7 December 2026 – Sunday, 13 December 2026".
    static QString title(const QDate &first, const QDate &last, const Options &options);
    static QString day(const QDate &day, const Options &options);
    static QString noEvents(const Options &options);
    /// `dates`: the event's dates listed under one day (those starting that day; on the week's
    /// first day also those under way since before it).
    static QString event(const model::Event &event, const QList<events::Occurrence> &dates,
                         bool irregular, const Options &options);
    /// The note in a column where the event is not translated into the column's language.
    static QString notTranslated(const Options &options);
    /// "18:00–20:00", "All day", "Tue, 1 Jan 2030, 13:00 – Tue, 31 Dec 2030, 15:00"; several
    /// dates on one day joined with commas. Plain text, numbers not yet isolated.
    static QString times(const QList<events::Occurrence> &dates, const Options &options);

private:
    static QString label(const char *source, const Options &options);
};

} // namespace integreat::print
