// Recurrence expansion (core/events/recurrence.h) against dates computed by hand, then against
// the official app's cases (../shared/conformance, read at run time).
#include "core/events/recurrence.h"
#include "test_events_support.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::events;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

QList<QDateTime> starts(const QList<Occurrence> &dates)
{
    QList<QDateTime> out;
    for (const Occurrence &o : dates)
        out << o.start;
    return out;
}

} // namespace

TEST_CASE("recurrence: weekly on two weekdays stops at UNTIL read as UTC", "[events][recurrence]")
{
    // DTSTART 17:00 UTC = 18:00 in Berlin (winter); Tuesdays and Thursdays until the 18th.
    const auto event = berlinEvent(berlinTime(2024, 1, 2, 18), berlinTime(2024, 1, 2, 20),
                                   u"DTSTART:20240102T170000\nRRULE:FREQ=WEEKLY;BYDAY=TU,TH;"
                                   "UNTIL=20240118T170000"_s);
    const Recurrence recurrence(event);
    REQUIRE(recurrence.isRecurring());
    const auto all = recurrence.occurrences(berlinTime(2024, 1, 1, 0), 50);
    CHECK(starts(all) == QList<QDateTime>{berlinTime(2024, 1, 2, 18), berlinTime(2024, 1, 4, 18),
                                          berlinTime(2024, 1, 9, 18), berlinTime(2024, 1, 11, 18),
                                          berlinTime(2024, 1, 16, 18),
                                          berlinTime(2024, 1, 18, 18)});
    CHECK(all.first().end == berlinTime(2024, 1, 2, 20));

    // From the 10th at noon: the next dates only, at most two.
    const auto later = recurrence.occurrences(berlinTime(2024, 1, 10, 12), 2);
    CHECK(starts(later) ==
          QList<QDateTime>{berlinTime(2024, 1, 11, 18), berlinTime(2024, 1, 16, 18)});
    // After UNTIL nothing is left.
    CHECK(recurrence.occurrences(berlinTime(2024, 1, 19, 0), 5).isEmpty());
}

TEST_CASE("recurrence: a date under way is still listed", "[events][recurrence]")
{
    const auto event = berlinEvent(berlinTime(2024, 1, 2, 18), berlinTime(2024, 1, 2, 20),
                                   u"DTSTART:20240102T170000\nRRULE:FREQ=WEEKLY;BYDAY=TU"_s);
    const auto next = Recurrence(event).next(berlinTime(2024, 1, 9, 19, 30));
    REQUIRE(next);
    CHECK(next->start == berlinTime(2024, 1, 9, 18));
}

TEST_CASE("recurrence: monthly by day of month and by nth weekday", "[events][recurrence]")
{
    // 09:00 UTC in January = 10:00 local; April is summer time and stays at 10:00 local.
    const auto byDay =
        berlinEvent(berlinTime(2024, 1, 15, 10), berlinTime(2024, 1, 15, 11),
                    u"DTSTART:20240115T090000\nRRULE:FREQ=MONTHLY;BYMONTHDAY=15;COUNT=4"_s);
    const auto dates = Recurrence(byDay).occurrences(berlinTime(2024, 1, 1, 0), 10);
    CHECK(starts(dates) ==
          QList<QDateTime>{berlinTime(2024, 1, 15, 10), berlinTime(2024, 2, 15, 10),
                           berlinTime(2024, 3, 15, 10), berlinTime(2024, 4, 15, 10)});
    CHECK(dates.last().start.toUTC().time() == QTime(8, 0));

    // First Wednesday of the month: 2024-02-07, 03-06, 04-03.
    const auto firstWednesday =
        berlinEvent(berlinTime(2024, 2, 7, 15), berlinTime(2024, 2, 7, 17),
                    u"DTSTART:20240207T140000\nRRULE:FREQ=MONTHLY;BYDAY=1WE"_s);
    CHECK(starts(Recurrence(firstWednesday).occurrences(berlinTime(2024, 2, 1, 0), 3)) ==
          QList<QDateTime>{berlinTime(2024, 2, 7, 15), berlinTime(2024, 3, 6, 15),
                           berlinTime(2024, 4, 3, 15)});
}

TEST_CASE("recurrence: the wall clock holds across daylight-saving changes", "[events][recurrence]")
{
    // Saturdays 18:00 local; Berlin switches to summer time on 2024-03-31.
    const auto spring = berlinEvent(berlinTime(2024, 3, 16, 18), berlinTime(2024, 3, 16, 20),
                                    u"DTSTART:20240316T170000\nRRULE:FREQ=WEEKLY;BYDAY=SA"_s);
    const auto dates = Recurrence(spring).occurrences(berlinTime(2024, 3, 1, 0), 4);
    CHECK(starts(dates) ==
          QList<QDateTime>{berlinTime(2024, 3, 16, 18), berlinTime(2024, 3, 23, 18),
                           berlinTime(2024, 3, 30, 18), berlinTime(2024, 4, 6, 18)});
    CHECK(dates[2].start.toUTC().time() == QTime(17, 0));
    CHECK(dates[3].start.toUTC().time() == QTime(16, 0));
    CHECK(dates[3].end == berlinTime(2024, 4, 6, 20));

    // Back to winter time on 2024-10-27 (a Sunday): Sundays 10:00 stay at 10:00.
    const auto autumn =
        berlinEvent(berlinTime(2024, 10, 20, 10), berlinTime(2024, 10, 20, 12),
                    u"DTSTART:20241020T080000\nRRULE:FREQ=WEEKLY;BYDAY=SU;COUNT=3"_s);
    const auto autumnDates = Recurrence(autumn).occurrences(berlinTime(2024, 10, 1, 0), 5);
    CHECK(starts(autumnDates) == QList<QDateTime>{berlinTime(2024, 10, 20, 10),
                                                  berlinTime(2024, 10, 27, 10),
                                                  berlinTime(2024, 11, 3, 10)});
    CHECK(autumnDates[1].start.toUTC().time() == QTime(9, 0));
}

TEST_CASE("recurrence: all-day dates keep whole days across the spring change",
          "[events][recurrence]")
{
    const auto event = berlinEvent(berlinTime(2024, 3, 30, 0), berlinTime(2024, 3, 30, 23, 59),
                                   u"DTSTART:20240329T230000\nRRULE:FREQ=DAILY;COUNT=3"_s, true);
    const auto dates = Recurrence(event).occurrences(berlinTime(2024, 3, 1, 0), 5);
    REQUIRE(dates.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(dates[i].allDay);
        CHECK(dates[i].start == QDateTime(QDate(2024, 3, 30).addDays(i), QTime(0, 0), berlin()));
        CHECK(dates[i].end == QDateTime(QDate(2024, 3, 30).addDays(i), QTime(23, 59), berlin()));
    }
}

TEST_CASE("recurrence: events without a rule and long-running events", "[events][recurrence]")
{
    const auto single = berlinEvent(berlinTime(2024, 5, 2, 9), berlinTime(2024, 5, 2, 11));
    const Recurrence once(single);
    CHECK_FALSE(once.isRecurring());
    CHECK(once.occurrences(berlinTime(2024, 5, 1, 0), 5).size() == 1);
    CHECK(once.occurrences(berlinTime(2024, 5, 2, 12), 5).isEmpty());

    // Three months of an exhibition: listed while it runs.
    const auto longRunning = berlinEvent(berlinTime(2024, 1, 1, 10), berlinTime(2024, 3, 31, 18));
    const auto running = Recurrence(longRunning).next(berlinTime(2024, 2, 10, 12));
    REQUIRE(running);
    CHECK(running->start == berlinTime(2024, 1, 1, 10));
    CHECK(running->end == berlinTime(2024, 3, 31, 18));

    // A rule libical cannot read falls back to the event's own date.
    const auto broken = berlinEvent(berlinTime(2024, 5, 2, 9), berlinTime(2024, 5, 2, 11),
                                    u"DTSTART:20240502T070000\nRRULE:FREQ=SOMETIMES"_s);
    const Recurrence fallback(broken);
    CHECK_FALSE(fallback.isRecurring());
    CHECK(fallback.occurrences(berlinTime(2024, 5, 1, 0), 5).size() == 1);
}

TEST_CASE("recurrence: the range filter limits the dates", "[events][recurrence]")
{
    const auto event = berlinEvent(berlinTime(2024, 1, 1, 10), berlinTime(2024, 1, 1, 11),
                                   u"DTSTART:20240101T090000\nRRULE:FREQ=DAILY;COUNT=10"_s);
    const auto dates = Recurrence(event).occurrences(berlinTime(2024, 1, 3, 0), 10,
                                                     berlinTime(2024, 1, 5, 23, 59));
    CHECK(starts(dates) == QList<QDateTime>{berlinTime(2024, 1, 3, 10), berlinTime(2024, 1, 4, 10),
                                            berlinTime(2024, 1, 5, 10)});
}

TEST_CASE("recurrence: matches the official app's recurrence cases",
          "[events][recurrence][conformance]")
{
    for (const QJsonObject &c : eventCases(u"recurrences"_s)) {
        INFO(c.value("source"_L1).toString().toStdString());
        const auto event = eventFromCase(c.value("date"_L1).toObject());
        const QJsonObject args = c.value("args"_L1).toObject();
        const QDateTime now = isoTime(c.value("now"_L1));
        const QDateTime filterStart = isoTime(args.value("filterStartDate"_L1));
        const QDateTime filterEnd = isoTime(args.value("filterEndDate"_L1));
        const QDateTime from = filterStart.isValid() && filterStart > now ? filterStart : now;
        const Recurrence recurrence(event);
        if (!recurrence.isRecurring()) {
            CHECK(c.value("expected"_L1).toString().contains("no recurrence rule"_L1));
            continue;
        }
        const auto dates = recurrence.occurrences(from, args.value("count"_L1).toInt(), filterEnd);
        if (c.contains("expected_length"_L1)) {
            CHECK(dates.size() == c.value("expected_length"_L1).toInt());
            continue;
        }
        const QJsonArray spans = c.value("expected_utc_spans"_L1).toArray();
        REQUIRE(dates.size() == spans.size());
        for (int i = 0; i < spans.size(); ++i) {
            // The official app writes local wall-clock times labelled "Z" (floating time).
            const QJsonObject span = spans[i].toObject();
            const QDateTime wallStart = isoTime(span.value("startDate"_L1));
            const QDateTime wallEnd = isoTime(span.value("endDate"_L1));
            const QDateTime start = dates[i].start.toTimeZone(berlin());
            const QDateTime end = dates[i].end.toTimeZone(berlin());
            CHECK(start.date() == wallStart.date());
            CHECK(start.time() == wallStart.time());
            CHECK(end.date() == wallEnd.date());
            CHECK(end.time() == wallEnd.time());
            CHECK(dates[i].allDay == span.value("allDay"_L1).toBool());
        }
    }
}
