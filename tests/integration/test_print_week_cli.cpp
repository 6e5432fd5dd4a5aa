// integreat-cli print --week: "this week's events" as a PDF handout, checked with poppler-utils
// (pdftotext, pdffonts); the checks report SKIPPED where poppler-utils is not installed.
#include "printcli.h"
#include "translations/catalogs.h"
#include "weekevents.h"

#include <QFileInfo>
#include <QTranslator>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

/// A label of the week handout as a column in `language` shows it: from that language's UI
/// catalog where it has the label, else as written (the CLI runs with the English UI here).
QString columnLabel(const QString &language, const char *source)
{
    QTranslator catalog;
    if (catalog.load(i18n::catalogPath(language))) {
        const QString text = catalog.translate("integreat::print::WeekHtml", source);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

/// The week of Monday 4 March 2030: a language café every Monday and Wednesday (weekly rule),
/// counseling on Tuesday, a cookery course on Thursday (in Arabic only the CMS's German
/// fallback), a city tour on Friday (not in Arabic at all), a festival the week after.
void serveWeek(PrintCli &c)
{
    const QString cafeRule = u"DTSTART:20300225T170000\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE"_s;
    serveEvents(c, u"de"_s,
                {{u"de"_s,
                  u"sprachcafe"_s,
                  101,
                  u"Sprachcafé"_s,
                  u"Deutsch sprechen bei Kaffee und Tee."_s,
                  u"2030-02-25T18:00:00+01:00"_s,
                  u"2030-02-25T20:00:00+01:00"_s,
                  cafeRule,
                  {u"ar"_s}},
                 {u"de"_s,
                  u"frauen"_s,
                  102,
                  u"Beratung für Frauen"_s,
                  u"Offene Sprechstunde, Telefon 0821 324-2800."_s,
                  u"2030-03-05T09:30:00+01:00"_s,
                  u"2030-03-05T12:00:00+01:00"_s,
                  {},
                  {u"ar"_s}},
                 {u"de"_s,
                  u"kochkurs"_s,
                  103,
                  u"Kochkurs"_s,
                  u"Gemeinsam kochen."_s,
                  u"2030-03-07T17:00:00+01:00"_s,
                  u"2030-03-07T19:00:00+01:00"_s,
                  {},
                  {u"ar"_s}},
                 {u"de"_s,
                  u"stadtfuehrung"_s,
                  104,
                  u"Stadtführung"_s,
                  u"Die Altstadt zu Fuß."_s,
                  u"2030-03-08T14:00:00+01:00"_s,
                  u"2030-03-08T16:00:00+01:00"_s,
                  {},
                  {}},
                 {u"de"_s,
                  u"fruehlingsfest"_s,
                  105,
                  u"Frühlingsfest"_s,
                  u"Musik und Essen."_s,
                  u"2030-03-14T14:00:00+01:00"_s,
                  u"2030-03-14T20:00:00+01:00"_s,
                  {},
                  {u"ar"_s}}});
    serveEvents(c, u"ar"_s,
                {{u"ar"_s,
                  u"sprachcafe"_s,
                  201,
                  u"مقهى اللغة"_s,
                  u"تحدث الألمانية مع القهوة والشاي."_s,
                  u"2030-02-25T18:00:00+01:00"_s,
                  u"2030-02-25T20:00:00+01:00"_s,
                  cafeRule,
                  {u"de"_s}},
                 {u"ar"_s,
                  u"frauen"_s,
                  202,
                  u"استشارة للنساء"_s,
                  u"ساعات استشارة مفتوحة، الهاتف 0821 324-2800 للمواعيد."_s,
                  u"2030-03-05T09:30:00+01:00"_s,
                  u"2030-03-05T12:00:00+01:00"_s,
                  {},
                  {u"de"_s}},
                 {u"ar"_s,
                  u"kochkurs"_s,
                  std::nullopt,
                  u"Kochkurs"_s,
                  u"Gemeinsam kochen."_s,
                  u"2030-03-07T17:00:00+01:00"_s,
                  u"2030-03-07T19:00:00+01:00"_s,
                  {},
                  {u"de"_s}},
                 {u"ar"_s,
                  u"fruehlingsfest"_s,
                  205,
                  u"مهرجان الربيع"_s,
                  u"موسيقى وطعام."_s,
                  u"2030-03-14T14:00:00+01:00"_s,
                  u"2030-03-14T20:00:00+01:00"_s,
                  {},
                  {u"de"_s}}});
}

/// Every page: the town, the date printed, "last updated" and each column's events link.
void checkEveryPage(const QString &text, const QStringList &languages)
{
    static const QRegularExpression header(uR"(Stadt Augsburg +Page \d+ of \d+)"_s);
    const qsizetype pages = text.count(header);
    CHECK(pages >= 1);
    CHECK(text.count(u"Printed on"_s) == pages);
    CHECK(text.count(u"Last updated on"_s) == pages * languages.size());
    for (const QString &language : languages)
        CHECK(text.count(u"https://integreat.app/augsburg/%1/events/"_s.arg(language)) == pages);
}

} // namespace

TEST_CASE("integreat-cli print --week lists a synced town's events of the week day by day")
{
    INTEGREAT_REQUIRE_CORPUS();
    if (!havePoppler())
        return;
    PrintCli c;
    serveWeek(c);
    c.sync(u"de"_s);
    const QString file = c.pdf(u"week.pdf"_s);
    const CliResult print = printWeek(c, {u"de"_s}, file);
    INFO(print.err.toStdString());
    REQUIRE(print.exitCode == 0);
    const QString text = pdfText(file);
    INFO(text.toStdString());
    // The days in order, each event under its day with its time, place and short line.
    checkInOrder(text, {columnLabel(u"de"_s, "Events of the week"),
                        u"Montag, 4. März 2030"_s,
                        u"Sprachcafé"_s,
                        u"18:00–20:00"_s,
                        u"Stadtbücherei"_s,
                        u"Ernst-Reuter-Platz 1"_s,
                        u"Deutsch sprechen bei Kaffee"_s,
                        u"Dienstag, 5. März 2030"_s,
                        u"Beratung für Frauen"_s,
                        u"09:30–12:00"_s,
                        u"Telefon 0821 324-2800"_s,
                        u"Mittwoch, 6. März 2030"_s,
                        u"Sprachcafé"_s,
                        u"Donnerstag, 7. März 2030"_s,
                        u"Kochkurs"_s,
                        u"17:00–19:00"_s,
                        u"Freitag, 8. März 2030"_s,
                        u"Stadtführung"_s,
                        u"Samstag, 9. März 2030"_s,
                        columnLabel(u"de"_s, "No events on this day."),
                        u"Sonntag, 10. März 2030"_s});
    // The weekly rule gives the café on each of its days (Monday and Wednesday), only those.
    CHECK(text.count(u"Sprachcafé"_s) == 2);
    CHECK(text.count(u"18:00–20:00"_s) == 2);
    CHECK_FALSE(text.contains(u"Frühlingsfest"_s)); // the week after
    checkEveryPage(text, {u"de"_s});
    checkFontsEmbedded(file);
}

TEST_CASE("integreat-cli print --week expands the corpus' recurring event for the week")
{
    INTEGREAT_REQUIRE_CORPUS();
    if (!havePoppler())
        return;
    PrintCli c;
    c.sync(u"de"_s);
    // Every other week on Tuesday and Thursday from 1 January 2030, 13:00–15:00.
    const QString first = c.pdf(u"first.pdf"_s);
    const CliResult print = printWeek(c, {u"de"_s}, first, u"2029-12-31"_s);
    INFO(print.err.toStdString());
    REQUIRE(print.exitCode == 0);
    const QString text = pdfText(first);
    INFO(text.toStdString());
    checkInOrder(text, {u"Dienstag, 1. Januar 2030"_s, u"Test-Veranstaltung"_s, u"13:00–15:00"_s,
                        u"Mittwoch, 2. Januar 2030"_s, u"Donnerstag, 3. Januar 2030"_s,
                        u"Test-Veranstaltung"_s, u"13:00–15:00"_s, u"Freitag, 4. Januar 2030"_s});
    CHECK(text.count(u"13:00–15:00"_s) == 2); // on those two days only

    // The week in between has none of its dates.
    const QString between = c.pdf(u"between.pdf"_s);
    REQUIRE(printWeek(c, {u"de"_s}, between, u"2030-01-07"_s).exitCode == 0);
    const QString none = pdfText(between);
    CHECK_FALSE(none.contains(u"Test-Veranstaltung"_s));
    CHECK(none.count(columnLabel(u"de"_s, "No events on this day.")) == 7);
}

TEST_CASE("integreat-cli print --week sets German and Arabic side by side, event by event")
{
    INTEGREAT_REQUIRE_CORPUS();
    if (!havePoppler())
        return;
    PrintCli c;
    serveWeek(c);
    c.sync(u"de,ar"_s);
    const QString file = c.pdf(u"week-de-ar.pdf"_s);
    const CliResult print = printWeek(c, {u"de"_s, u"ar"_s}, file);
    INFO(print.err.toStdString());
    REQUIRE(print.exitCode == 0);
    const QString text = pdfText(file);
    INFO(text.toStdString());
    // Both texts in day order; each Arabic event on the line of its German one.
    checkInOrder(text, {u"Sprachcafé"_s, u"Beratung für Frauen"_s, u"Sprachcafé"_s, u"Kochkurs"_s,
                        u"Stadtführung"_s});
    checkInOrder(text, {u"مقهى اللغة"_s, u"استشارة للنساء"_s, u"مقهى اللغة"_s});
    CHECK(arabicPartOfLine(text, u"Beratung für Frauen"_s).contains(u"استشارة للنساء"_s));
    CHECK(text.section(u"مقهى اللغة"_s, 0, 0).section(u'\n', -1).contains(u"Sprachcafé"_s));
    // Times, dates and the phone number keep their digit order in the Arabic column (times
    // on the 12-hour clock Arabic uses, as everywhere in the app; the range read from the
    // right: its start on the right).
    CHECK(text.count(u"18:00–20:00"_s) == 2);
    CHECK(text.count(u"09:30–12:00"_s) == 1);
    const QString cafeTimes = arabicPartOfLine(text, u"8:00"_s);
    CHECK(cafeTimes.contains(u"8:00"_s));
    CHECK(cafeTimes.indexOf(u"8:00"_s) < cafeTimes.indexOf(u"6:00"_s));
    CHECK(arabicPartOfLine(text, u"9:30"_s).contains(u"12:00"_s));
    CHECK_FALSE(text.contains(u"00:6"_s));
    CHECK_FALSE(text.contains(u"03:9"_s));
    CHECK(text.count(u"0821 324-2800"_s) == 2);
    CHECK_FALSE(text.contains(u"2800-324"_s));
    CHECK(text.count(u"مارس"_s) >= 8); // the week and the days in Arabic
    CHECK_FALSE(text.contains(u"0302"_s));
    // The CMS's German fallback and the tour without Arabic: a note in the Arabic column.
    QString note = columnLabel(u"ar"_s, "This event is not translated.");
    note.chop(1); // the full stop may stand apart in right-to-left text
    CHECK(text.count(note) == 2);
    CHECK(text.count(u"Kochkurs"_s) == 1);
    checkEveryPage(text, {u"de"_s, u"ar"_s});
    checkFontsEmbedded(file);
}

TEST_CASE("integreat-cli print --week refuses a language without stored events, writing nothing")
{
    INTEGREAT_REQUIRE_CORPUS();
    PrintCli c;
    c.fixture.server.setRoute(u"/api/v3/augsburg/de/events/"_s, Response{200, "[]", {}, {}});
    c.sync(u"de"_s);
    const QString file = c.pdf(u"none.pdf"_s);
    const CliResult empty = printWeek(c, {u"de"_s}, file);
    INFO(empty.err.toStdString());
    CHECK(empty.exitCode == 1);
    CHECK(empty.err.contains(
        u"No events of Stadt Augsburg are stored in “de”: there is nothing to print.\n"_s));
    CHECK_FALSE(QFileInfo::exists(file));

    // Events in German, but a second language that was never synced: refused the same way.
    PrintCli german;
    serveWeek(german);
    german.sync(u"de"_s);
    const CliResult notSynced = printWeek(german, {u"de"_s, u"ar"_s}, file);
    INFO(notSynced.err.toStdString());
    CHECK(notSynced.exitCode == 1);
    CHECK(notSynced.err.contains(u"No events of Stadt Augsburg are stored in “ar”"_s));
    CHECK_FALSE(QFileInfo::exists(file));

    const CliResult withPath = c.run({u"print"_s, u"--region"_s, u"augsburg"_s, u"--language"_s,
                                      u"de"_s, u"--week"_s, u"willkommen"_s, u"--pdf"_s, file});
    CHECK(withPath.exitCode == 2);
    CHECK(withPath.err.contains(u"--week [--from YYYY-MM-DD]"_s));
    const CliResult badDate = printWeek(c, {u"de"_s}, file, u"4.3.2030"_s);
    CHECK(badDate.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(file));
}
