#pragma once

#include "core/model/event.h"
#include "core/model/place.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <optional>

namespace integreat::desktop {

/// The HTML of a place's detail: title, distance, category, organization, barrier-free,
/// open/closed now, content, address with Navigate, contacts, opening hours (Monday first,
/// today in bold, appointment-only days marked), the appointment link and events held there.
class PlaceDetailHtml final
{
    Q_DECLARE_TR_FUNCTIONS(integreat::desktop::PlaceDetailHtml)

public:
    /// Href of the Navigate link (opens an external map at the place).
    static constexpr char16_t NavigateHref[] = u"integreat-navigate:";

    struct Options
    {
        QDateTime now;
        QTimeZone zone;
        QLocale uiLocale;
        std::optional<double> distanceKm;
        bool highContrast = false;
        /// The content runs right to left: tables mirror (dir="rtl"), and times, phone
        /// numbers and addresses are left-to-right isolates (content::bidi).
        bool rightToLeft = false;
    };

    static QString detail(const model::Place &place, const QList<model::Event> &events,
                          const Options &options);
    /// The week as an HTML table (Monday first, today bold), or empty when not all 7 days exist.
    static QString openingHours(const model::OpeningHours &hours, const Options &options);
    /// "08:00–12:00, 13:00–16:00", "Open all day", "Closed"; with `rightToLeft` each range is
    /// a left-to-right isolate, so it reads 08:00–12:00 in right-to-left text too.
    static QString dayText(const model::DayHours &day, bool rightToLeft = false);
    /// "Open now", "Closed now", "Temporarily closed", "Only with an appointment" or empty.
    static QString stateText(const model::Place &place, const Options &options);
    /// "1.2 km away" (one decimal, as the official app).
    static QString distanceText(double km);
};

} // namespace integreat::desktop
