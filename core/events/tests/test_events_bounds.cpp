// Bounded recurrence expansion (issue 11): hostile rules return promptly, as irregular dates.
#include "core/events/eventgrouping.h"
#include "core/events/recurrence.h"
#include "test_events_support.h"

#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::events;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {
model::Event eventWithRule(const QString &rrule)
{
    return berlinEvent(berlinTime(2024, 1, 2, 18), berlinTime(2024, 1, 2, 20),
                       u"DTSTART:20240102T170000\nRRULE:"_s + rrule);
}
} // namespace

TEST_CASE("bounds: FREQ=SECONDLY with BYSECOND=60 is irregular and never reaches libical",
          "[events][recurrence]")
{
    const Recurrence recurrence(eventWithRule(u"FREQ=SECONDLY;BYSECOND=60"_s));
    CHECK(recurrence.isIrregular());
    CHECK_FALSE(recurrence.isRecurring());
    const auto expansion = recurrence.expand(berlinTime(2024, 1, 1, 0), 10);
    CHECK(expansion.irregular);
    CHECK(expansion.iterations == 0);
    // The first date is still shown.
    REQUIRE(expansion.dates.size() == 1);
    CHECK(expansion.dates.first().start == berlinTime(2024, 1, 2, 18));
}

TEST_CASE("bounds: rules outside RFC 5545's ranges or that cannot meet are irregular",
          "[events][recurrence]")
{
    for (const QString &rule :
         {u"FREQ=MINUTELY"_s, u"FREQ=HOURLY;BYSECOND=60"_s, u"FREQ=DAILY;BYHOUR=24"_s,
          u"FREQ=DAILY;BYMINUTE=-1"_s, u"FREQ=WEEKLY;INTERVAL=0"_s, u"FREQ=MONTHLY;BYMONTHDAY=32"_s,
          u"FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"_s, u"BYDAY=MO"_s, u"FREQ=DAILY;BYHOUR=x"_s}) {
        INFO(rule.toStdString());
        CHECK(Recurrence(eventWithRule(rule)).isIrregular());
    }
    for (const QString &rule : {u"FREQ=WEEKLY;BYDAY=TU,TH"_s, u"FREQ=MONTHLY;BYMONTHDAY=-1"_s,
                                u"FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29"_s,
                                u"FREQ=DAILY;BYHOUR=0,23;BYMINUTE=59;BYSECOND=59"_s}) {
        INFO(rule.toStdString());
        CHECK_FALSE(Recurrence(eventWithRule(rule)).isIrregular());
    }
}

TEST_CASE("bounds: COUNT=100000000 expands at most MaxOccurrences dates", "[events][recurrence]")
{
    const Recurrence recurrence(eventWithRule(u"FREQ=DAILY;COUNT=100000000"_s));
    REQUIRE(recurrence.isRecurring());
    const QDateTime from = berlinTime(2025, 6, 1, 0);
    const auto expansion = recurrence.expand(from, 1000000);
    CHECK_FALSE(expansion.irregular);
    REQUIRE_FALSE(expansion.dates.isEmpty());
    CHECK(expansion.dates.first().start == berlinTime(2025, 6, 1, 18));
    CHECK(expansion.dates.size() == Recurrence::MaxOccurrences);
    // The dates before `from` and then MaxOccurrences dates: nothing more is looked at.
    CHECK(expansion.iterations ==
          berlinTime(2024, 1, 2, 0).daysTo(from) + Recurrence::MaxOccurrences);
}

TEST_CASE("bounds: a weekly rule without end looks no further than MaxSpanDays",
          "[events][recurrence]")
{
    const Recurrence recurrence(eventWithRule(u"FREQ=WEEKLY;BYDAY=TU"_s));
    const QDateTime from = berlinTime(2024, 1, 1, 0);
    const QDateTime until = from.addYears(100);
    const auto expansion = recurrence.expand(from, Recurrence::MaxOccurrences, until);
    CHECK_FALSE(expansion.irregular);
    REQUIRE_FALSE(expansion.dates.isEmpty());
    CHECK(expansion.dates.last().start <= from.addDays(Recurrence::MaxSpanDays));
    CHECK(expansion.dates.last().start > from.addDays(Recurrence::MaxSpanDays - 7));
    CHECK(expansion.iterations == expansion.dates.size() + 1); // the one past the span stops it
}

TEST_CASE("bounds: an hourly COUNT=100000000 from long ago runs out of its budget as irregular",
          "[events][recurrence]")
{
    const auto event = berlinEvent(berlinTime(1990, 1, 2, 18), berlinTime(1990, 1, 2, 19),
                                   u"DTSTART:19900102T170000\nRRULE:FREQ=HOURLY;COUNT=100000000"_s);
    const Recurrence recurrence(event);
    REQUIRE(recurrence.isRecurring());
    const auto expansion = recurrence.expand(berlinTime(2025, 1, 1, 0), 10);
    CHECK(expansion.irregular);
    CHECK(expansion.iterations <= Recurrence::MaxIterations);
    CHECK(expansion.dates.isEmpty()); // 2025 is more than MaxIterations hours after 1990
}

TEST_CASE("bounds: the event list marks irregular events", "[events][grouping]")
{
    const QDateTime now = berlinTime(2024, 1, 1, 12);
    const EventGrouping grouping([now] { return now; }, berlin());
    const auto listed = grouping.list(
        {eventWithRule(u"FREQ=SECONDLY;BYSECOND=60"_s), eventWithRule(u"FREQ=WEEKLY;BYDAY=TU"_s)},
        3);
    REQUIRE(listed.size() == 2);
    int irregular = 0;
    for (const ListedEvent &row : listed)
        irregular += row.irregular ? 1 : 0;
    CHECK(irregular == 1);
}
