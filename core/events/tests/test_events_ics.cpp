// .ics export (core/events/icsexport.h), parsed back with libical as a calendar app would.
#include "core/events/icsexport.h"
#include "core/events/recurrence.h"
#include "test_events_support.h"

#include <catch2/catch.hpp>
#include <libical/ical.h>
#include <memory>

using namespace integreat;
using namespace integreat::events;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

struct Free
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Calendar = std::unique_ptr<icalcomponent, Free>;

Calendar parse(const QByteArray &ics)
{
    return Calendar(icalparser_parse_string(ics.constData()));
}

QList<icalcomponent *> vevents(icalcomponent *calendar)
{
    QList<icalcomponent *> out;
    for (icalcomponent *c = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); c;
         c = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
        out << c;
    return out;
}

QString text(icalcomponent *c, icalproperty_kind kind)
{
    icalproperty *p = icalcomponent_get_first_property(c, kind);
    return p ? QString::fromUtf8(icalproperty_get_value_as_string(p)) : QString();
}

/// The instant of DTSTART/DTEND, resolved with the file's own VTIMEZONE or UTC.
QDateTime instant(icaltimetype t)
{
    if (t.is_date)
        return QDateTime(QDate(t.year, t.month, t.day), QTime(0, 0));
    const icaltimetype utc = icaltime_convert_to_zone(t, icaltimezone_get_utc_timezone());
    return QDateTime(QDate(utc.year, utc.month, utc.day), QTime(utc.hour, utc.minute, utc.second),
                     QTimeZone::utc());
}

model::Event cafe()
{
    auto event = berlinEvent(berlinTime(2024, 1, 2, 18), berlinTime(2024, 1, 2, 20),
                             u"DTSTART:20240102T170000\nRRULE:FREQ=WEEKLY;BYDAY=TU,TH;"
                             "UNTIL=20240418T170000"_s);
    event.title = u"Sprachcafé, Deutsch üben"_s;
    event.excerpt = u"Come along\r\nand talk"_s;
    model::Address where;
    where.name = u"Stadtbücherei"_s;
    where.street = u"Marktplatz 1"_s;
    where.postcode = u"86150"_s;
    where.town = u"Augsburg"_s;
    event.location = where;
    return event;
}

} // namespace

TEST_CASE("ics: one date parses back with its zone and fields", "[events][ics]")
{
    const auto event = cafe();
    const Occurrence date{berlinTime(2024, 4, 4, 18), berlinTime(2024, 4, 4, 20), false};
    IcsExport::Options options;
    options.webBase = u"https://example.com"_s;
    const QByteArray ics = IcsExport::oneDate(event, date, options);
    REQUIRE(ics.startsWith("BEGIN:VCALENDAR"));
    CHECK(ics.contains("\r\n")); // calendar files use CRLF

    const Calendar calendar = parse(ics);
    REQUIRE(calendar);
    CHECK(icalcomponent_get_first_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT) != nullptr);
    const auto events = vevents(calendar.get());
    REQUIRE(events.size() == 1);
    icalcomponent *vevent = events.first();
    CHECK(QString::fromUtf8(icalcomponent_get_summary(vevent)) == event.title);
    CHECK(QString::fromUtf8(icalcomponent_get_location(vevent)) ==
          u"Stadtbücherei, Marktplatz 1, 86150 Augsburg"_s);
    const QString description = QString::fromUtf8(icalcomponent_get_description(vevent));
    CHECK(description.startsWith(u"Come along\nand talk"_s));
    CHECK(description.contains(u"https://example.com/testumgebung/de/events/sprachcafe"_s));
    // 18:00 in Berlin summer time is 16:00 UTC.
    CHECK(instant(icalcomponent_get_dtstart(vevent)) == date.start.toUTC());
    CHECK(instant(icalcomponent_get_dtend(vevent)) == date.end.toUTC());
    icalproperty *dtstart = icalcomponent_get_first_property(vevent, ICAL_DTSTART_PROPERTY);
    icalparameter *tzid = icalproperty_get_first_parameter(dtstart, ICAL_TZID_PARAMETER);
    REQUIRE(tzid);
    CHECK(QString::fromUtf8(icalparameter_get_tzid(tzid)) == u"Europe/Berlin"_s);
    CHECK(icalcomponent_get_first_property(vevent, ICAL_RRULE_PROPERTY) == nullptr);
    CHECK_FALSE(text(vevent, ICAL_UID_PROPERTY).isEmpty());
}

TEST_CASE("ics: different dates get different UIDs", "[events][ics]")
{
    const auto event = cafe();
    const auto a = parse(
        IcsExport::oneDate(event, {berlinTime(2024, 4, 4, 18), berlinTime(2024, 4, 4, 20), false}));
    const auto b = parse(
        IcsExport::oneDate(event, {berlinTime(2024, 4, 9, 18), berlinTime(2024, 4, 9, 20), false}));
    CHECK(text(vevents(a.get()).first(), ICAL_UID_PROPERTY) !=
          text(vevents(b.get()).first(), ICAL_UID_PROPERTY));
}

TEST_CASE("ics: all future dates expand to the same dates in libical", "[events][ics]")
{
    const auto event = cafe();
    const QDateTime from = berlinTime(2024, 3, 20, 12);
    const Calendar calendar = parse(IcsExport::futureDates(event, from));
    REQUIRE(calendar);
    const auto events = vevents(calendar.get());
    REQUIRE(events.size() == 1);
    icalcomponent *vevent = events.first();
    REQUIRE(icalcomponent_get_first_property(vevent, ICAL_RRULE_PROPERTY) != nullptr);

    // Let libical expand the file's rule and compare with our own dates.
    QList<QDateTime> fromFile;
    const icaltimetype start = icalcomponent_get_dtstart(vevent);
    const icalrecurrencetype rule =
        icalproperty_get_rrule(icalcomponent_get_first_property(vevent, ICAL_RRULE_PROPERTY));
    icalrecur_iterator *it = icalrecur_iterator_new(rule, start);
    REQUIRE(it);
    for (icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t);
         t = icalrecur_iterator_next(it)) {
        t.zone = start.zone;
        fromFile << instant(t);
    }
    icalrecur_iterator_free(it);

    QList<QDateTime> ours;
    for (const Occurrence &o : Recurrence(event).occurrences(from, 100))
        ours << o.start.toUTC();
    CHECK(ours.size() == 9); // Mar 21, 26, 28, Apr 2, 4, 9, 11, 16, 18
    CHECK(fromFile == ours);
}

TEST_CASE("ics: all-day dates are written as dates", "[events][ics]")
{
    auto event = berlinEvent(berlinTime(2024, 8, 14, 0), berlinTime(2024, 8, 14, 23, 59), {}, true);
    const Calendar calendar = parse(IcsExport::futureDates(event, berlinTime(2024, 8, 1, 0)));
    REQUIRE(calendar);
    const auto events = vevents(calendar.get());
    REQUIRE(events.size() == 1);
    const icaltimetype start = icalcomponent_get_dtstart(events.first());
    const icaltimetype end = icalcomponent_get_dtend(events.first());
    CHECK(start.is_date == 1);
    CHECK(QDate(start.year, start.month, start.day) == QDate(2024, 8, 14));
    CHECK(QDate(end.year, end.month, end.day) == QDate(2024, 8, 15)); // exclusive end
}

TEST_CASE("ics: a rule that counts its dates is written date by date", "[events][ics]")
{
    const auto event = berlinEvent(berlinTime(2024, 1, 1, 10), berlinTime(2024, 1, 1, 11),
                                   u"DTSTART:20240101T090000\nRRULE:FREQ=DAILY;COUNT=10"_s);
    const Calendar calendar = parse(IcsExport::futureDates(event, berlinTime(2024, 1, 8, 0)));
    REQUIRE(calendar);
    CHECK(vevents(calendar.get()).size() == 3); // the 8th, 9th and 10th
    CHECK(IcsExport::futureDates(event, berlinTime(2024, 2, 1, 0)).isEmpty());
}

TEST_CASE("ics: matches the official app's iCal cases", "[events][ics][conformance]")
{
    for (const QJsonObject &c : eventCases(u"ical"_s)) {
        INFO(c.value("source"_L1).toString().toStdString());
        const QJsonObject e = c.value("event"_L1).toObject();
        auto event = eventFromCase(e.value("date"_L1).toObject());
        event.path = e.value("path"_L1).toString();
        event.title = e.value("title"_L1).toString();
        event.excerpt = e.value("excerpt"_L1).toString();
        IcsExport::Options options;
        options.webBase = c.value("ical_args"_L1).toObject().value("baseUrl"_L1).toString();
        const QByteArray ics =
            IcsExport::oneDate(event, {event.start, event.end, event.allDay}, options);
        const Calendar calendar = parse(ics);
        REQUIRE(calendar);
        icalcomponent *vevent = vevents(calendar.get()).first();
        const QJsonObject lines = c.value("expected_lines"_L1).toObject();
        if (lines.contains("DTSTART"_L1)) {
            // DTSTART;TZID=Europe/Berlin:20200320T095000
            const QString expected = lines.value("DTSTART"_L1).toString();
            const icaltimetype t = icalcomponent_get_dtstart(vevent);
            CHECK(QString::fromLatin1(icaltime_as_ical_string(t)) == expected.section(u':', 1));
            CHECK(expected.contains(u"TZID=Europe/Berlin"_s));
        }
        if (lines.contains("RRULE"_L1))
            CHECK(u"RRULE:"_s + Recurrence(event).icalRule() == lines.value("RRULE"_L1).toString());
        const QJsonObject description =
            c.value("expected_line_starting_with_DESCRIPTION"_L1).toObject();
        if (!description.isEmpty()) {
            const QString value =
                u"DESCRIPTION:"_s + QString::fromUtf8(icalcomponent_get_description(vevent));
            CHECK(value.startsWith(description.value("starts_with"_L1).toString()));
            CHECK(value.contains(description.value("contains"_L1).toString()));
        }
    }
}
