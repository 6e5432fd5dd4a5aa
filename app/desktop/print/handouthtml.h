#pragma once

#include "core/model/event.h"
#include "core/model/page.h"
#include "core/model/place.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

class QTranslator;

namespace integreat::print {

/// The printable HTML body of a page, a place card or an event, in the item's own language
/// (labels, day names and dates in `locale`). Built for QTextDocument: no links to follow, no
/// colours, phone numbers, times and dates kept left-to-right inside right-to-left text
/// (Unicode isolates), images as `integreat-resource:` names or CMS URLs (resolved by Handout).
class HandoutHtml final
{
    Q_DECLARE_TR_FUNCTIONS(integreat::print::HandoutHtml)

public:
    struct Options
    {
        QLocale locale; ///< the content language's: labels, day names, dates
        QDateTime now;  ///< "today" for opening hours
        QTimeZone zone; ///< the device's zone for "today"
        /// The content language's UI catalog: labels in the column's language where it has
        /// them, else the UI language's (tr()).
        const QTranslator *translator = nullptr;
    };

    static QString page(const model::Page &page, const QList<model::Page> &children,
                        const Options &options);
    static QString place(const model::Place &place, const Options &options);
    static QString event(const model::Event &event, const Options &options);

    /// Wraps runs of digits that belong together (phone numbers like "+49 821 324-0", times
    /// like "7.30", dates) in LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE, their spaces
    /// made non-breaking, in text nodes only (tags and entities are left alone).
    static QString isolateNumbers(const QString &html);
    /// The week as rows "Monday: 08:00–12:00", today marked; empty when not all 7 days exist.
    static QString weekHours(const model::OpeningHours &hours, const Options &options);
    /// "08:00–12:00, 13:00–16:00", "Open all day", "Closed", "Only with an appointment".
    static QString dayText(const model::DayHours &day, const Options &options);
    /// `source` of tr() context `context` in the column's language (options.translator) where
    /// its catalog has it, else in the UI language.
    static QString translated(const char *context, const char *source, const Options &options);

private:
    static QString label(const char *source, const Options &options);
    static QString contacts(const QList<model::Contact> &contacts, const Options &options);
    static QString addressHtml(const model::Address &address);
    static QString fact(const QString &label, const QString &value);
};

} // namespace integreat::print
