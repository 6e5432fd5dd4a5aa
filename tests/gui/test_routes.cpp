// Every route of the official app opens in the app: from a link in content, from --open
// (DeepLink) and from MainWindow::openLink (a link forwarded by a second start). One history
// over every section.
#include "desktop/common/modepolicy.h"
#include "desktop/events/eventsview.h"
#include "desktop/mainwindow/chatsection.h"
#include "desktop/mainwindow/section.h"
#include "desktop/news/newsview.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/pages/navigator.h"
#include "desktop/pages/noticebar.h"
#include "desktop/places/placesview.h"
#include "desktop/presentation/deeplink.h"
#include "guifixture.h"
#include "routetestsupport.h"

#include <QLineEdit>
#include <QTest>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::GuiFixture;

namespace {

struct RouteCase
{
    QString link;
    Location expected;
};

/// One link per route kind of the official app (pathnames as in deep-links.json), with where it
/// leads in the fixture's store (augsburg de and ar, the corpus' event and place, one news item).
QList<RouteCase> routeCases()
{
    const QString a = u"augsburg"_s;
    const QString de = u"de"_s;
    const QString event = u"/augsburg/de/events/test-veranstaltung/"_s; // recurrences combined
    const QString place = u"/augsburg/de/locations/test-ort/"_s;
    return {
        {u"https://integreat.app/augsburg/de"_s, Location::dashboard(a, de)},
        {u"https://integreat.app/augsburg/de/willkommen"_s,
         Location::page(a, de, u"/augsburg/de/willkommen/"_s)},
        {u"https://integreat.app/augsburg/de/events"_s, Location::events(a, de)},
        {u"https://integreat.app/augsburg/de/events/test-veranstaltung"_s,
         Location::event(a, de, event)},
        {u"https://integreat.app/augsburg/events/test-veranstaltung$2030-01-01/"_s,
         Location::event(a, de, event)},
        {u"https://integreat.app/augsburg/de/places"_s, Location::places(a, de)},
        {u"https://integreat.app/augsburg/de/locations?multiplace=1&category=2"_s,
         Location::places(a, de, 2)},
        {u"https://integreat.app/augsburg/de/places/test-ort"_s, Location::place(a, de, place)},
        {u"https://integreat.app/augsburg/locations/test-ort/"_s, Location::place(a, de, place)},
        {u"https://integreat.app/augsburg/de/news"_s, Location::news(a, de)},
        {u"https://integreat.app/augsburg/de/news/local"_s, Location::news(a, de, u"local"_s)},
        {u"https://integreat.app/augsburg/de/news/tu-news"_s, Location::news(a, de, u"external"_s)},
        {u"https://integreat.app/augsburg/de/news/local-7"_s,
         Location::newsItem(a, de, u"local-7"_s)},
        {u"https://integreat.app/augsburg/de/imprint"_s, Location::imprint(a, de)},
        {u"https://integreat.app/augsburg/de/search?query=Sprache"_s,
         Location::search(a, de, u"Sprache"_s)},
    };
}

/// The widget that shows `location`'s section.
QWidget *sectionWidget(GuiFixture &f, const Location &location)
{
    const QString id = location.section();
    if (id == u"events"_s)
        return f.window().eventsView();
    if (id == u"places"_s)
        return f.window().placesView();
    if (id == u"news"_s)
        return f.window().newsView();
    return f.window().localInformation();
}

/// What is shown is what the route says: its section, and the item in it.
void checkShown(GuiFixture &f, const Location &expected)
{
    CHECK(f.location() == expected);
    CHECK(f.window().currentSection()->widget() == sectionWidget(f, expected));
    CHECK(f.window().currentSection()->currentRoute().kind == expected.kind);
    switch (expected.kind) {
    case Location::Kind::Event:
        CHECK(f.window().eventsView()->isShowingEvent());
        CHECK(f.window().windowTitle().startsWith(f.window().eventsView()->shownTitle()));
        break;
    case Location::Kind::Place:
        CHECK(f.window().placesView()->isDetailShown());
        CHECK(f.window().windowTitle().startsWith(u"Test"_s));
        break;
    case Location::Kind::NewsItem:
        CHECK(f.window().newsView()->shownTitle() == u"Sprechstunde im Rathaus"_s);
        CHECK(f.window().windowTitle().startsWith(u"Sprechstunde im Rathaus"_s));
        break;
    case Location::Kind::Places:
        CHECK_FALSE(f.window().placesView()->isDetailShown());
        CHECK(f.window().placesView()->filter().categoryId == expected.category);
        break;
    case Location::Kind::Search:
        CHECK(f.window().searchField()->text() == expected.query);
        break;
    default:
        break;
    }
}

} // namespace

TEST_CASE("Every route kind opens from a link in page content", "[gui][routes]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    testing::storeLocalNews(f);
    const Location welcome = Location::page(u"augsburg"_s, u"de"_s, u"/augsburg/de/willkommen/"_s);
    for (const RouteCase &c : routeCases()) {
        INFO(c.link.toStdString());
        f.open(welcome);
        emit f.content().browser()->linkActivated(QUrl(c.link));
        checkShown(f, c.expected);
        CHECK(f.noticeText().isEmpty());
        CHECK_FALSE(
            f.window().currentSection()->widget()->findChild<NoticeBar *>()->text().contains(
                u"does not show yet"_s));
    }
}

TEST_CASE("Every route kind opens with --open and from another program", "[gui][routes]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    testing::storeLocalNews(f);
    const QUrl server = f.server.baseUrl();
    for (const RouteCase &c : routeCases()) {
        INFO(c.link.toStdString());
        const DeepLink::Result result = DeepLink::resolve(c.link, server, *f.store, u"de"_s);
        REQUIRE(result.location);
        CHECK(*result.location == c.expected);
        CHECK(result.message.isEmpty());
        // The same link forwarded to the running window (as from a second start).
        f.window().openLink(c.link);
        checkShown(f, c.expected);
    }
    // integreat:// links and plain paths too.
    f.window().openLink(u"integreat://augsburg/de/events/test-veranstaltung"_s);
    CHECK(f.location().kind == Location::Kind::Event);
    f.window().openLink(u"augsburg/de/places/test-ort"_s);
    CHECK(f.location().kind == Location::Kind::Place);
}

TEST_CASE("A link to something not saved names the town and language and offers the download",
          "[gui][routes]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    const Location before = f.location();

    // A town that is not saved here: from another program.
    f.window().openLink(u"https://integreat.app/nurnberg/de/events/fest"_s);
    CHECK(f.location() == before);
    CAPTURE(f.noticeText().toStdString());
    CHECK(f.noticeText().contains(u"rnberg"_s)); // its name when the region list has it
    CHECK(f.noticeText().contains(u"Deutsch"_s));
    CHECK(f.content().noticeBar()->actionLabels().contains(u"Download Deutsch"_s));

    // A language of a saved town that is not downloaded: the start page, and the offer.
    const DeepLink::Result english = DeepLink::resolve(
        u"https://integreat.app/augsburg/en/events/test-event"_s, f.server.baseUrl(), *f.store);
    CHECK(english.missingRegion == u"augsburg"_s);
    CHECK(english.missingLanguage == u"en"_s);
    f.window().openLink(u"https://integreat.app/augsburg/en/events/test-event"_s);
    CHECK(f.noticeText().contains(u"English"_s));
    CHECK(f.content().noticeBar()->actionLabels().contains(u"Download English"_s));

    // The same from a link in content, for a place.
    emit f.content().browser()->linkActivated(
        QUrl(u"https://integreat.app/augsburg/en/locations/test-location/"_s));
    CHECK(f.content().noticeBar()->actionLabels().contains(u"Download English"_s));

    // A saved town and language without the item: the section's list, and why.
    f.window().openLink(u"https://integreat.app/augsburg/de/events/gibt-es-nicht"_s);
    CHECK(f.location().language == u"de"_s);
    emit f.content().browser()->linkActivated(
        QUrl(u"https://integreat.app/augsburg/de/places/gibt-es-nicht"_s));
    CHECK(f.noticeText().contains(u"place is not on this computer"_s));
}

TEST_CASE("Back and Forward walk across sections", "[gui][routes]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    const Location start = f.location();
    const Location welcome = Location::page(u"augsburg"_s, u"de"_s, u"/augsburg/de/willkommen/"_s);
    f.open(welcome);
    emit f.content().browser()->linkActivated(
        QUrl(u"https://integreat.app/augsburg/de/events/test-veranstaltung"_s));
    const Location event = f.location();
    REQUIRE(event.kind == Location::Kind::Event);
    f.window().showSection(u"places"_s);
    CHECK(f.location() == Location::places(u"augsburg"_s, u"de"_s));
    REQUIRE(f.window().placesView()->openPlace(u"/augsburg/de/locations/test-ort/"_s));
    const Location place = f.location();
    CHECK(place.kind == Location::Kind::Place); // the user's own move is a history entry

    Navigator &history = f.window().navigator();
    history.back();
    checkShown(f, Location::places(u"augsburg"_s, u"de"_s));
    // Alt+Left from within the events page, the mouse's back button on the places list.
    history.back();
    checkShown(f, event);
    QTest::keyClick(f.window().eventsView()->browser(), Qt::Key_Left, Qt::AltModifier);
    checkShown(f, welcome);
    history.back();
    CHECK(f.location() == start);
    QTest::keyClick(&f.window(), Qt::Key_Right, Qt::AltModifier);
    QTest::keyClick(&f.window(), Qt::Key_Right, Qt::AltModifier);
    checkShown(f, event);
    history.forward();
    history.forward();
    checkShown(f, place);
    CHECK_FALSE(history.canGoForward());

    // The events tab returns to the event where it was left.
    f.window().showSection(u"events"_s);
    checkShown(f, event);
}

TEST_CASE("Switching the language keeps the event or place where it is translated", "[gui][routes]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    f.window().openLink(u"https://integreat.app/augsburg/de/events/test-veranstaltung"_s);
    f.window().switchLanguage(u"ar"_s);
    CHECK(f.location().kind == Location::Kind::Event);
    CHECK(f.location().language == u"ar"_s);
    CHECK(f.location().path.startsWith(u"/augsburg/ar/events/test-veranstaltung"_s));
    CHECK(f.window().eventsView()->isShowingEvent());

    f.window().openLink(u"https://integreat.app/augsburg/de/places/test-ort"_s);
    f.window().switchLanguage(u"ar"_s);
    CHECK(f.location().kind == Location::Kind::Place);
    CHECK(f.location().language == u"ar"_s);
    CHECK(f.window().placesView()->isDetailShown());
    CHECK(f.window().layoutDirection() == Qt::LeftToRight); // the UI stays as it is
}

TEST_CASE("The chat route opens Ask Integreat where the town has the chat", "[gui][routes]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    const QUrl server = f.server.baseUrl();
    const Location chat = Location::chat(u"augsburg"_s, u"de"_s);
    const Location welcome = Location::page(u"augsburg"_s, u"de"_s, u"/augsburg/de/willkommen/"_s);
    const QString unavailable = u"The chat is not available in this town."_s;

    // The corpus' augsburg has no chat: said like any link that cannot be followed.
    const DeepLink::Result off = DeepLink::resolve(u"augsburg/de/chat"_s, server, *f.store);
    CHECK(off.location == Location::dashboard(u"augsburg"_s, u"de"_s));
    CHECK(off.message == unavailable);
    CHECK(off.missingRegion.isEmpty());
    f.open(welcome);
    f.window().openLink(u"augsburg/de/chat"_s);
    CHECK(f.location() == Location::dashboard(u"augsburg"_s, u"de"_s));
    CHECK(f.noticeText() == unavailable);
    f.open(welcome);
    emit f.content().browser()->linkActivated(QUrl(u"https://integreat.app/augsburg/de/chat"_s));
    CHECK(f.location() == welcome);
    CHECK(f.noticeText() == unavailable);
    CHECK(f.content().noticeBar()->actionLabels().isEmpty()); // nothing to open online either

    // With the chat: every form of the link opens the chat tab of that town and language.
    f.enableChat();
    const QStringList links{u"augsburg/de/chat"_s,
                            u"/augsburg/de/chat/"_s,
                            u"https://integreat.app/augsburg/de/chat"_s,
                            u"integreat://augsburg/de/chat"_s,
                            u"https://integreat.app/augsburg/chat"_s, // the preferred language
                            u"https://integreat.app/augsburg/de/?chat=true"_s}; // official app
    for (const QString &link : links) {
        INFO(link.toStdString());
        const DeepLink::Result result = DeepLink::resolve(link, server, *f.store, u"de"_s);
        REQUIRE(result.location);
        CHECK(*result.location == chat);
        CHECK(result.message.isEmpty());
        f.open(welcome);
        f.window().openLink(link);
        CHECK(f.location() == chat);
        CHECK(f.window().currentSection() == f.window().chatSection());
        f.open(welcome);
        emit f.content().browser()->linkActivated(DeepLink::toUrl(link));
        CHECK(f.location() == chat);
        CHECK(f.window().currentSection() == f.window().chatSection());
    }
    // In the town's other language.
    f.window().openLink(u"augsburg/ar/chat"_s);
    CHECK(f.location() == Location::chat(u"augsburg"_s, u"ar"_s));

    // Not in kiosk mode: the start of the town instead, and why.
    f.window().chatSection()->setModePolicy(ModePolicy::kiosk());
    f.open(welcome);
    f.window().openLink(u"augsburg/de/chat"_s);
    CHECK(f.window().currentSection()->widget() == f.window().localInformation());
    CHECK(f.window().localInformation()->shownLocation() ==
          Location::dashboard(u"augsburg"_s, u"de"_s));
    CHECK(f.noticeText() == u"The chat is not offered on this public computer."_s);
}
