// integreat-cli print --week over several pages: no event is split between two pages and no day
// heading ends a page, in one column and in two (German beside Arabic, row by row).
#include "weekevents.h"

#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int Monday = 30; ///< events on Monday 4 March 2030
constexpr int Tuesday = 4; ///< and on Tuesday

/// The events, numbered 01, 02 …: in German each with a short line of two lines or more that
/// begins with "Anfang NN" and ends with "Ende NN", in Arabic shorter (the German cell is the
/// taller one of a row).
QList<EventSpec> events(const QString &language)
{
    QList<EventSpec> specs;
    for (int n = 1; n <= Monday + Tuesday; ++n) {
        const QString number = u"%1"_s.arg(n, 2, 10, QLatin1Char('0'));
        const QString day = n <= Monday ? u"04"_s : u"05"_s;
        const bool german = language == u"de"_s;
        specs.append({language,
                      u"termin-"_s + number,
                      (german ? 1000 : 2000) + n,
                      german ? u"Veranstaltung "_s + number : u"موعد "_s + number,
                      german ? u"Anfang %1: Deutsch sprechen, Formulare ausfüllen und Fragen "
                               u"zur Wohnung klären, bei Kaffee und Tee. Ende %1"_s.arg(number)
                             : u"تحدث الألمانية."_s,
                      u"2030-03-%1T10:00:00+01:00"_s.arg(day),
                      u"2030-03-%1T12:00:00+01:00"_s.arg(day),
                      {},
                      {german ? u"ar"_s : u"de"_s}});
    }
    return specs;
}

qsizetype pageOf(const QStringList &pages, const QString &needle)
{
    for (qsizetype page = 0; page < pages.size(); ++page) {
        if (pages.at(page).contains(needle))
            return page;
    }
    return -1;
}

void checkNothingSplit(const QString &text)
{
    const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
    REQUIRE(pages.size() >= 3); // enough pages for breaks to fall inside events
    for (int n = 1; n <= Monday + Tuesday; ++n) {
        const QString number = u"%1"_s.arg(n, 2, 10, QLatin1Char('0'));
        const qsizetype page = pageOf(pages, u"Veranstaltung "_s + number);
        INFO("event " << n << " on page " << page + 1);
        REQUIRE(page >= 0);
        CHECK(pageOf(pages, u"Anfang "_s + number) == page);
        CHECK(pageOf(pages, u"Ende "_s + number) == page);
    }
    // A day's heading is followed on its page by one of its events.
    for (const QString &heading : {u"Dienstag, 5. März 2030"_s}) {
        const qsizetype page = pageOf(pages, heading);
        REQUIRE(page >= 0);
        CHECK(pages.at(page).section(heading, 1).contains(u"Veranstaltung "_s));
    }
}

} // namespace

TEST_CASE("integreat-cli print --week keeps each event on one page and a day with its first event")
{
    INTEGREAT_REQUIRE_CORPUS();
    if (!havePoppler())
        return;
    PrintCli c;
    serveEvents(c, u"de"_s, events(u"de"_s));
    serveEvents(c, u"ar"_s, events(u"ar"_s));
    c.sync(u"de,ar"_s);
    SECTION("in one column")
    {
        const QString file = c.pdf(u"week.pdf"_s);
        const CliResult print = printWeek(c, {u"de"_s}, file);
        INFO(print.err.toStdString());
        REQUIRE(print.exitCode == 0);
        checkNothingSplit(pdfText(file));
    }
    SECTION("in two columns, German beside Arabic")
    {
        const QString file = c.pdf(u"week-de-ar.pdf"_s);
        const CliResult print = printWeek(c, {u"de"_s, u"ar"_s}, file);
        INFO(print.err.toStdString());
        REQUIRE(print.exitCode == 0);
        const QString text = pdfText(file);
        checkNothingSplit(text);
        CHECK(text.count(u"موعد"_s) == Monday + Tuesday);
    }
}
