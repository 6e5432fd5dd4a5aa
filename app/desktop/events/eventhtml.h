#pragma once

#include "core/events/occurrence.h"
#include "core/model/event.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QUrl>
#include <optional>

namespace integreat::desktop {

/// The HTML of an event page for the ContentBrowser: title, the date shown, the rule (every
/// week on…, only on weekdays), the more dates, the address linking to the place on the map,
/// the online meeting link and the (sanitized) content.
class EventHtml final
{
    Q_DECLARE_TR_FUNCTIONS(integreat::desktop::EventHtml)

public:
    struct Options
    {
        QLocale locale; ///< the UI language's, for dates
        bool highContrast = false;
        bool rightToLeft = false; ///< the content's direction: numbers become isolates
    };

    /// Without a `date` (still being worked out) the page says "Loading dates…" in its place.
    static QString page(const model::Event &event, const std::optional<events::Occurrence> &date,
                        const QList<events::Occurrence> &moreDates, const Options &options);

    /// Where the address link leads: the place on OpenStreetMap by its coordinates, else a
    /// search for the address; invalid when there is no address.
    static QUrl mapUrl(const model::Event &event);
    /// The address in one line ("Stadtbücherei, Marktplatz 1, 86150 Augsburg"); with
    /// `rightToLeft` its street and town are isolates (geo::addressLines).
    static QString addressLine(const model::Event &event, bool rightToLeft = false);
};

} // namespace integreat::desktop
