#pragma once

#include "core/events/occurrence.h"
#include "core/model/event.h"

#include <QDateTime>
#include <QList>

namespace integreat::desktop {

/// The dates an event page shows (the Events section's and Side by side's): the next
/// 1 + MoreDates, or the event's last known date when it is over. A rule may take up to
/// Recurrence::MaxMilliseconds: work them out off the GUI thread.
struct EventPageDates
{
    static constexpr int MoreDates = 5;

    QList<events::Occurrence> dates; ///< never empty
    bool irregular = false;          ///< the rule could not be expanded: only the first date

    static EventPageDates of(const model::Event &event, const QDateTime &now);
};

} // namespace integreat::desktop
