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

    /// What the week's handout needs from the store, read in the store's (the GUI) thread.
    struct Source
    {
        HandoutRequest request;
        QString second; ///< the second language, empty for one column
        Handout::Spec spec;
        QList<model::Event> stored;
        QList<model::Event> translations;
        Handout::Column left;
        Handout::Column right;
        QString error; ///< set: nothing to print
    };

    static HandoutLoader::Result load(const store::Store &store, const HandoutRequest &request);
    /// The store's part of load(): cheap reads, in the thread that owns `store`.
    static Source read(const store::Store &store, const HandoutRequest &request);
    /// The costly part of load() (each event's dates in the week, the HTML): no store, so the
    /// desktop runs it off the GUI thread.
    static HandoutLoader::Result build(const Source &source);
};

} // namespace integreat::print
