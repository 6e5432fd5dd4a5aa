#pragma once

#include "core/events/occurrence.h"
#include "desktop/presentation/location.h"

#include <QList>
#include <QString>
#include <optional>

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

/// The HTML of one item for the second side of Side by side, built the way its own section
/// builds it (PageHtml, EventHtml, PlaceDetailHtml, NewsHtml) in the item's direction.
class PairHtml final
{
public:
    /// An event's dates, worked out off the GUI thread (EventPageDates); without a date the
    /// page says "Loading dates…".
    struct EventDates
    {
        std::optional<events::Occurrence> date;
        QList<events::Occurrence> more;
    };

    /// Empty when `route` is not stored or is no page, event, place or news item.
    static QString of(const store::Store &store, const Location &route, const QString &resourceDir,
                      const EventDates &dates = {});
};

} // namespace integreat::desktop
