#pragma once

#include "desktop/print/handoutloader.h"

#include <QCoreApplication>

namespace integreat::print {

/// "This week's events" as a handout: the stored events of (region, language) on the 7 days
/// from the request's weekStart (today when not given), each recurring event expanded for the
/// week with events::Recurrence (the events list's expansion), grouped by day in date order.
/// With a second language every event stands beside its translation (found through
/// `available_languages`, as the item handouts pair theirs); an event not translated into it
/// (missing, or the CMS's untranslated fallback without a translation id) gets a note there.
/// The source link of each column is the town's events in the web app. Refuses when no events
/// are stored for a language.
class WeekLoader final
{
    Q_DECLARE_TR_FUNCTIONS(integreat::print::WeekLoader)

public:
    static constexpr int Days = 7;

    static HandoutLoader::Result load(const store::Store &store, const HandoutRequest &request);
};

} // namespace integreat::print
