// Events (`events/`, with and without `combine_recurring`): api.md §3.4. Two vintages:
// `location_path` + `meeting_url` + `event.only_weekdays` (2024+) and `location_url` (2023).
#include "core/api/mapcommon.h"
#include "core/api/mappers.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace integreat::api {

namespace {

/// The deprecated split fields (`start_date` + `start_time`) read in the event's zone;
/// a missing time means the start (or, for the end, the last second) of the day.
QDateTime fromSplitFields(const QJsonObject &date, QLatin1StringView dateKey,
                          QLatin1StringView timeKey, const QString &zoneName, bool endOfDay)
{
    const QDate day = QDate::fromString(json::string(date, dateKey).trimmed(), Qt::ISODate);
    if (!day.isValid())
        return {};
    const QString timeText = json::string(date, timeKey).trimmed();
    QTime time = QTime::fromString(timeText, Qt::ISODateWithMs);
    if (!time.isValid())
        time = timeText.isEmpty() && endOfDay ? QTime(23, 59, 59) : QTime(0, 0);
    QTimeZone zone(zoneName.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone("Europe/Berlin"); // the CMS's default event zone
    if (!zone.isValid())
        return QDateTime(day, time, Qt::UTC);
    return QDateTime(day, time, zone);
}

QDateTime eventTime(const QJsonObject &date, QLatin1StringView key, QLatin1StringView dateKey,
                    QLatin1StringView timeKey, const QString &zoneName, bool endOfDay)
{
    const QDateTime dt = json::dateTime(date.value(key));
    if (dt.isValid())
        return dt;
    return fromSplitFields(date, dateKey, timeKey, zoneName, endOfDay);
}

model::Event mapEvent(const QJsonObject &object, json::ItemIssues &issues)
{
    model::Event event;
    detail::readContentBase(object, event, issues);
    if (issues.skipped())
        return event;

    const QJsonObject date = object.value("event"_L1).toObject();
    event.timeZone = json::string(date, "timezone"_L1);
    event.allDay = json::boolean(date, "all_day"_L1, false);
    event.onlyWeekdays = json::boolean(date, "only_weekdays"_L1, false);
    event.start =
        eventTime(date, "start"_L1, "start_date"_L1, "start_time"_L1, event.timeZone, false);
    event.end = eventTime(date, "end"_L1, "end_date"_L1, "end_time"_L1, event.timeZone, true);
    if (!event.start.isValid())
        issues.note(u"the event has no readable start"_s);

    // The rule may sit on the item (API) or inside `event` (seen in app fixtures).
    event.recurrenceRule = json::string(object, "recurrence_rule"_L1);
    if (event.recurrenceRule.isEmpty())
        event.recurrenceRule = json::string(date, "recurrence_rule"_L1);

    const model::Address location = detail::readAddress(object.value("location"_L1));
    if (!detail::isBlank(location))
        event.location = location;
    QString placePath = json::string(object, "location_path"_L1);
    if (placePath.isEmpty())
        placePath = json::string(object, "location_url"_L1);
    event.locationPath = json::pathOfUrl(placePath);
    event.meetingUrl = json::string(object, "meeting_url"_L1);
    event.publishedAt = json::dateTime(object.value("published_at"_L1)); // CMS 2026.9
    return event;
}

} // namespace

MapResult<model::Event> mapEvents(const QJsonDocument &doc)
{
    return json::mapItems<model::Event>(doc, "events"_L1, json::Shape::List, mapEvent);
}

} // namespace integreat::api
