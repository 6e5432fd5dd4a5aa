#include "core/events/icsexport.h"

#include "core/events/icaltime.h"
#include "core/events/recurrence.h"

#include <QUuid>
#include <memory>

using namespace Qt::StringLiterals;

namespace integreat::events {

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

constexpr int kMaxCountedDates = 500;

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

icaltimezone *libicalZone(const QString &iana)
{
    if (iana.isEmpty())
        return nullptr;
    return icaltimezone_get_builtin_timezone(utf8(iana).constData());
}

QString addressLine(const model::Event &event)
{
    if (!event.location || event.location->isEmpty())
        return {};
    const model::Address &a = *event.location;
    QStringList parts;
    for (const QString &p :
         {a.name, a.street, QString(a.postcode + u' ' + a.town).trimmed(), a.country}) {
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    }
    return parts.join(", "_L1);
}

class Writer final
{
public:
    Writer(const model::Event &event, const IcsExport::Options &options)
        : m_event(event)
        , m_options(options)
        , m_calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT))
        , m_zone(libicalZone(event.timeZone))
    {
        icalcomponent_add_property(m_calendar.get(), icalproperty_new_version("2.0"));
        icalcomponent_add_property(m_calendar.get(),
                                   icalproperty_new_prodid(utf8(options.productId).constData()));
        if (event.allDay || (m_zone && !icaltimezone_get_component(m_zone)))
            m_zone = nullptr;
    }

    void add(const Occurrence &date, const QString &rrule)
    {
        if (m_zone && m_count == 0)
            addTimeZone(date.start);
        icalcomponent *vevent = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        const QString link = m_options.webBase + m_event.path;
        const QString uidName = link + u'/' + date.start.toUTC().toString(Qt::ISODate);
        const QUuid urlNamespace(u"6ba7b811-9dad-11d1-80b4-00c04fd430c8"_s);
        icalcomponent_add_property(
            vevent,
            icalproperty_new_uid(
                utf8(QUuid::createUuidV5(urlNamespace, uidName).toString(QUuid::WithoutBraces))
                    .constData()));
        icalcomponent_add_property(vevent, icalproperty_new_dtstamp(icaltime_current_time_with_zone(
                                               icaltimezone_get_utc_timezone())));
        addTime(vevent, ICAL_DTSTART_PROPERTY, date.start, false);
        addTime(vevent, ICAL_DTEND_PROPERTY, date.end.isValid() ? date.end : date.start, true);
        if (!rrule.isEmpty()) {
            const icalrecurrencetype rule = icalrecurrencetype_from_string(utf8(rrule).constData());
            icalcomponent_add_property(vevent, icalproperty_new_rrule(rule));
        }
        icalcomponent_add_property(vevent,
                                   icalproperty_new_summary(utf8(m_event.title).constData()));
        QString description = m_event.excerpt.trimmed();
        description.remove(u'\r');
        description = (description.isEmpty() ? QString() : description + "\n\n"_L1) + link;
        icalcomponent_add_property(vevent,
                                   icalproperty_new_description(utf8(description).constData()));
        const QString where = addressLine(m_event);
        if (!where.isEmpty())
            icalcomponent_add_property(vevent, icalproperty_new_location(utf8(where).constData()));
        else if (!m_event.meetingUrl.isEmpty())
            icalcomponent_add_property(
                vevent, icalproperty_new_location(utf8(m_event.meetingUrl).constData()));
        icalcomponent_add_property(
            vevent,
            icalproperty_new_url(
                utf8(m_event.meetingUrl.isEmpty() ? link : m_event.meetingUrl).constData()));
        icalcomponent_add_component(m_calendar.get(), vevent);
        ++m_count;
    }

    QByteArray text() const
    {
        if (m_count == 0)
            return {};
        char *raw = icalcomponent_as_ical_string_r(m_calendar.get());
        QByteArray out(raw);
        free(raw);
        return out;
    }

private:
    /// The zone's VTIMEZONE from a year before the first date on, under its IANA name (libical
    /// names its built-in zones with a prefix calendar apps do not know).
    void addTimeZone(const QDateTime &firstDate)
    {
        icalcomponent *vtz = icalcomponent_new_clone(icaltimezone_get_component(m_zone));
        const icaltimetype since =
            detail::floatingWallClock(firstDate.addYears(-1), QTimeZone::utc());
        icaltimetype sinceUtc = since;
        sinceUtc.zone = icaltimezone_get_utc_timezone();
        icaltimezone_truncate_vtimezone(vtz, sinceUtc, icaltime_null_time(), 0);
        if (icalproperty *tzid = icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY))
            icalproperty_set_tzid(tzid, utf8(m_event.timeZone).constData());
        icalcomponent_add_component(m_calendar.get(), vtz);
    }

    void addTime(icalcomponent *vevent, icalproperty_kind kind, const QDateTime &when, bool isEnd)
    {
        icaltimetype t = icaltime_null_time();
        icalproperty *property = icalproperty_new(kind);
        if (m_event.allDay) {
            // All-day: DATE values; DTEND is the day after the last day (exclusive).
            const QDate day = when.date().addDays(isEnd ? 1 : 0);
            t = icaltime_null_date();
            t.year = day.year();
            t.month = day.month();
            t.day = day.day();
            t.is_date = 1;
        } else if (m_zone) {
            t = detail::floatingWallClock(when, QTimeZone(utf8(m_event.timeZone)));
            t.zone = m_zone;
            icalproperty_add_parameter(property,
                                       icalparameter_new_tzid(utf8(m_event.timeZone).constData()));
        } else {
            t = detail::floatingWallClock(when, QTimeZone::utc());
            t.zone = icaltimezone_get_utc_timezone();
        }
        icalproperty_set_value(property,
                               m_event.allDay ? icalvalue_new_date(t) : icalvalue_new_datetime(t));
        icalcomponent_add_property(vevent, property);
    }

    const model::Event &m_event;
    const IcsExport::Options &m_options;
    Component m_calendar;
    icaltimezone *m_zone;
    int m_count = 0;
};

} // namespace

QByteArray IcsExport::oneDate(const model::Event &event, const Occurrence &date,
                              const Options &options)
{
    Writer writer(event, options);
    writer.add(date, {});
    return writer.text();
}

QByteArray IcsExport::futureDates(const model::Event &event, const QDateTime &from,
                                  const Options &options)
{
    const Recurrence recurrence(event);
    Writer writer(event, options);
    const QString rule = recurrence.icalRule();
    if (rule.contains("COUNT="_L1, Qt::CaseInsensitive)) {
        for (const Occurrence &date : recurrence.occurrences(from, kMaxCountedDates))
            writer.add(date, {});
    } else if (const auto next = recurrence.next(from)) {
        writer.add(*next, rule);
    }
    return writer.text();
}

} // namespace integreat::events
