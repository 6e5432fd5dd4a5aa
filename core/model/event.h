#pragma once

#include "core/model/common.h"

namespace integreat::model {

struct Event : ContentBase
{
    QDateTime start; ///< with the offset the API sent
    QDateTime end;
    bool allDay = false;
    bool onlyWeekdays = false;
    QString timeZone;                ///< IANA name, Europe/Berlin
    QString recurrenceRule;          ///< iCal text (DTSTART/RRULE lines) or empty
    std::optional<Address> location; ///< unset when the API sends the all-null object
    QString locationPath;            ///< path of the place (`location_path`, older `location_url`)
    QString meetingUrl;
    /// When the event was published (`published_at`, CMS 2026.9); invalid when the CMS did not say.
    QDateTime publishedAt;
};

} // namespace integreat::model
