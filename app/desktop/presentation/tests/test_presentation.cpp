// The presentation library (app/desktop/presentation) on its own: no QApplication, no widgets.
// Dates and times, "updated … ago", event date lines, language facts, routes, the tolerant page
// lookup and --open links resolved against a store.
#include "catchqt.h"
#include "core/paths/datapaths.h"
#include "core/store/store.h"
#include "desktop/presentation/datetext.h"
#include "desktop/presentation/deeplink.h"
#include "desktop/presentation/eventdatetext.h"
#include "desktop/presentation/languages.h"
#include "desktop/presentation/location.h"
#include "desktop/presentation/pagelookup.h"
#include "desktop/presentation/pathtext.h"
#include "desktop/presentation/relativetime.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat::desktop;
using integreat::events::Occurrence;

namespace {
QDateTime berlin(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone("Europe/Berlin")).toLocalTime();
}
} // namespace

TEST_CASE("Dates and times read as the UI language writes them, with a 24-hour clock")
{
    const QDateTime evening = berlin(2026, 12, 7, 18);
    CHECK(DateText::date(evening.date(), DateText::localeFor(u"de"_s)) == u"Mo., 7. Dez. 2026"_s);
    CHECK(DateText::time(QTime(18, 0), DateText::localeFor(u"de"_s)) == u"18:00"_s);
    CHECK(DateText::date(evening.date(), DateText::localeFor(u"en"_s)) == u"Mon, 7 Dec 2026"_s);
    CHECK(DateText::time(QTime(18, 0), DateText::localeFor(u"en"_s)) == u"18:00"_s);
    CHECK(DateText::time(QTime(9, 5), DateText::localeFor(u"en"_s)) == u"09:05"_s);
    CHECK(DateText::timeRange(QTime(8, 0), QTime(12, 0), DateText::localeFor(u"de"_s)) ==
          u"08:00–12:00"_s);
    // A locale that itself uses a 12-hour clock keeps it.
    CHECK(DateText::time(QTime(18, 0), QLocale(QLocale::English, QLocale::UnitedStates)) ==
          u"6:00 PM"_s);
    // Arabic and Persian: the names and the clock of the locale (Arabic writes 6:00 م), Latin
    // digits as in the content.
    for (const QString &language : {u"ar"_s, u"fa"_s}) {
        const QString text = DateText::date(evening.date(), DateText::localeFor(language)) +
                             DateText::time(QTime(18, 0), DateText::localeFor(language));
        INFO(text.toStdString());
        CHECK(text.contains(u"2026"_s));
        CHECK((text.contains(u"18:00"_s) || text.contains(u"6:00"_s)));
        for (const QChar c : text)
            CHECK_FALSE(((c.unicode() >= 0x0660 && c.unicode() <= 0x0669) ||
                         (c.unicode() >= 0x06F0 && c.unicode() <= 0x06F9)));
    }
    // Date fields: four-digit years in the language's order.
    CHECK(DateText::inputFormat(DateText::localeFor(u"de"_s)) == u"dd.MM.yyyy"_s);
    CHECK(DateText::inputFormat(DateText::localeFor(u"en"_s)) == u"dd/MM/yyyy"_s);
}

TEST_CASE("Freshness reads as a person would say it, from just now to a date")
{
    const QDateTime now = QDateTime(QDate(2026, 12, 7), QTime(12, 0));
    const QLocale en = DateText::localeFor(u"en"_s);
    CHECK(RelativeTime::updatedText({}, now, en) == u"Not updated yet"_s);
    CHECK(RelativeTime::updatedText(now.addSecs(-30), now, en) == u"Updated just now"_s);
    CHECK(RelativeTime::updatedText(now.addSecs(-60), now, en) == u"Updated 1 minute ago"_s);
    CHECK(RelativeTime::updatedText(now.addSecs(-5 * 60), now, en) == u"Updated 5 minutes ago"_s);
    CHECK(RelativeTime::updatedText(now.addSecs(-3600), now, en) == u"Updated 1 hour ago"_s);
    CHECK(RelativeTime::updatedText(now.addSecs(-3 * 3600), now, en) == u"Updated 3 hours ago"_s);
    CHECK(RelativeTime::updatedText(now.addSecs(-26 * 3600), now, en) == u"Updated yesterday"_s);
    CHECK(RelativeTime::updatedText(now.addDays(-3), now, en) == u"Updated 3 days ago"_s);
    CHECK(RelativeTime::updatedText(now.addDays(-10), now, en) ==
          u"Updated on "_s + DateText::date(QDate(2026, 11, 27), en));
}

TEST_CASE("An event's date line: all day, a time, a range – numbers isolated in right-to-left")
{
    const QLocale en = DateText::localeFor(u"en"_s);
    const QDate day(2026, 12, 7);
    const Occurrence allDay{QDateTime(day, QTime(0, 0)), QDateTime(day, QTime(23, 59)), true};
    CHECK(EventDateText::dateLine(allDay, en) == u"Mon, 7 Dec 2026, all day"_s);
    const Occurrence evening{QDateTime(day, QTime(18, 0)), QDateTime(day, QTime(20, 0)), false};
    CHECK(EventDateText::dateLine(evening, en) == u"Mon, 7 Dec 2026, 18:00 – 20:00"_s);
    const Occurrence start{QDateTime(day, QTime(9, 5)), {}, false};
    CHECK(EventDateText::dateLine(start, en) == u"Mon, 7 Dec 2026, 09:05"_s);

    const QString arabic = EventDateText::dateLine(evening, DateText::localeFor(u"ar"_s));
    INFO(arabic.toStdString());
    CHECK(arabic.contains(QChar(0x2066))); // LEFT-TO-RIGHT ISOLATE around the numbers
    CHECK(arabic.contains(QChar(0x2069)));

    integreat::model::Event once;
    CHECK(EventDateText::ruleLine(once, en).isEmpty());
}

TEST_CASE("Content languages know their direction without the region's list")
{
    CHECK(ContentLanguage::isRightToLeftCode(u"ar"_s));
    CHECK(ContentLanguage::isRightToLeftCode(u"fa"_s));
    CHECK_FALSE(ContentLanguage::isRightToLeftCode(u"de"_s));
    CHECK(ContentLanguage::of(std::nullopt, u"ar"_s).direction() == Qt::RightToLeft);
    CHECK(ContentLanguage::of(std::nullopt, u"uk"_s).direction() == Qt::LeftToRight);

    // No UI catalog is loaded here: the second name is English, the source language.
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QString arabic = languageListName(u"ar"_s, u"العربية"_s, english);
    CHECK(arabic.contains(u"العربية"_s));
    CHECK(arabic.endsWith(u" · Arabic"_s));
    const QString deutsch = languageListName(u"de"_s, u"Deutsch"_s, QLocale(QLocale::German));
    CHECK(deutsch.contains(u"Deutsch"_s));
    CHECK_FALSE(deutsch.contains(u"·"_s));
}

TEST_CASE("A route moves to another language without a lookup where it can")
{
    const Location event = Location::event(u"augsburg"_s, u"de"_s, u"/augsburg/de/events/fest/"_s);
    CHECK(event.isItem());
    const Location moved = event.inLanguage(u"ar"_s);
    CHECK(moved.kind == Location::Kind::Events);
    CHECK(moved.language == u"ar"_s);
    CHECK(moved.path.isEmpty());
    CHECK_FALSE(moved.isItem());

    const Location search = Location::search(u"augsburg"_s, u"de"_s, u"arzt"_s).inLanguage(u"en"_s);
    CHECK(search.kind == Location::Kind::Search);
    CHECK(search.query == u"arzt"_s);
    CHECK(search.language == u"en"_s);
    CHECK(event.toString().contains(u"augsburg/de"_s));
}

TEST_CASE("Page paths are found with or without slash, encoded or not, in any letter case")
{
    const QStringList variants = PageLookup::pathVariants(u"/Augsburg/de/Erste%20Schritte"_s);
    CHECK(variants.constFirst() == u"/Augsburg/de/Erste%20Schritte"_s);
    CHECK(variants.contains(u"/augsburg/de/erste schritte/"_s));
    CHECK(PageLookup::isDashboardPath(u"augsburg"_s, u"de"_s, u"/augsburg/de"_s));
    CHECK(PageLookup::isDashboardPath(u"augsburg"_s, u"de"_s, u"/augsburg/de/"_s));
    CHECK_FALSE(PageLookup::isDashboardPath(u"augsburg"_s, u"de"_s, u"/augsburg/de/willkommen/"_s));
}

TEST_CASE("Links given to --open that are not here say so, and name what to download")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const integreat::store::Store store(integreat::paths::DataPaths(dir.path()).storeFile());
    const QUrl server(u"https://cms.integreat-app.de"_s);

    const DeepLink::Result notIntegreat =
        DeepLink::resolve(u"https://example.org/augsburg/de/"_s, server, store);
    CHECK_FALSE(notIntegreat.location);
    CHECK(notIntegreat.message.contains(u"not a link to a page of an Integreat town"_s));
    CHECK(notIntegreat.missingRegion.isEmpty());

    const DeepLink::Result missing =
        DeepLink::resolve(u"https://integreat.app/augsburg/fa/willkommen/"_s, server, store);
    CHECK_FALSE(missing.location);
    CHECK(missing.missingRegion == u"augsburg"_s);
    CHECK(missing.missingLanguage == u"fa"_s);
    CHECK(missing.message.contains(u"augsburg"_s));

    const DeepLink::Result noLanguage = DeepLink::resolve(u"augsburg"_s, server, store, u"ar"_s);
    CHECK(noLanguage.missingLanguage == u"ar"_s);

    const PageLookup lookup(store);
    CHECK(lookup.storedRegions().isEmpty());
    CHECK_FALSE(lookup.find(u"augsburg"_s, u"de"_s, u"/augsburg/de/willkommen/"_s));
}

TEST_CASE("A mail, phone or other non-Integreat link given to --open says so and names no town")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const integreat::store::Store store(integreat::paths::DataPaths(dir.path()).storeFile());
    const QUrl server(u"https://cms.integreat-app.de"_s);

    for (const QString &link :
         {u"mailto:x@y"_s, u"MAILTO:beratung@augsburg.de"_s, u"tel:+49 821 324-0"_s,
          u"https://other.host"_s, u"https://other.host/augsburg/de/"_s, u"file:///etc/passwd"_s,
          u"javascript:alert(1)"_s, u"ftp://augsburg/de"_s, u"augsburg:de"_s, u"x@y"_s,
          u"x@y/de/willkommen"_s, u"https://integreat.app/a:b/de"_s}) {
        INFO(link.toStdString());
        const DeepLink::Result result = DeepLink::resolve(link, server, store, u"de"_s);
        CHECK_FALSE(result.location);
        CHECK(result.missingRegion.isEmpty()); // nothing to download: no town is named
        CHECK(result.missingLanguage.isEmpty());
        CHECK(result.message == u"“%1” is not a link to a page of an Integreat town."_s.arg(link));
    }
    // A route without a scheme is still one (here: a town not saved yet).
    const DeepLink::Result route = DeepLink::resolve(u"bad-tölz/de"_s, server, store);
    CHECK(route.missingRegion == u"bad-tölz"_s);
    CHECK(route.missingLanguage == u"de"_s);
}

TEST_CASE("A path in a sentence is one left-to-right isolate with the system's separators")
{
    const QString shown = shownPath(u"/tmp/h1/data"_s);
    CHECK(shown == QChar(0x2066) + QDir::toNativeSeparators(u"/tmp/h1/data"_s) + QChar(0x2069));
    CHECK(shownPath(shown) == shown); // already isolated: as it is
    CHECK(shownPath(u"cut.integreat-pack"_s) == u"\u2066cut.integreat-pack\u2069"_s);
}
