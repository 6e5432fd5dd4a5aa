// Views keep their place: a text size or contrast change and a finished sync show the same
// section, item and scroll position again; the window title names what is shown. Clearing the
// search returns to where it began.
#include "desktop/common/settings.h"
#include "desktop/common/theme.h"
#include "desktop/events/eventlist.h"
#include "desktop/events/eventsview.h"
#include "desktop/mainwindow/section.h"
#include "desktop/news/newsview.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/pages/navigator.h"
#include "desktop/places/placesview.h"
#include "guifixture.h"
#include "routetestsupport.h"

#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>
#include <functional>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::GuiFixture;
using integreat::testing::typeText;
using integreat::testing::waitUntil;

namespace {

/// The triggers that read the shown content again.
QList<QPair<QString, std::function<void(GuiFixture &)>>> triggers()
{
    return {
        {u"text size"_s,
         [](GuiFixture &f) {
             f.settings->setTextScale(150);
             f.window().applySettings();
         }},
        {u"high contrast"_s,
         [](GuiFixture &f) {
             f.settings->setHighContrast(true);
             f.window().applySettings();
         }},
        {u"sync finished"_s,
         [](GuiFixture &f) {
             QSignalSpy finished(f.sync.get(), &SyncController::finished);
             f.window().syncNow();
             REQUIRE(waitUntil([&] { return finished.count() == 1; }, 30000));
         }},
    };
}

/// The browser's document was laid out with the theme in force now (text size, contrast).
bool showsCurrentTheme(const ContentBrowser *browser)
{
    return browser->document()->defaultStyleSheet() == Theme::current().contentStyleSheet() &&
           browser->document()->defaultFont() == Theme::current().font(Theme::FontRole::Body);
}

} // namespace

TEST_CASE("A page keeps its scroll position through text size, contrast and a sync",
          "[gui][keepplace]")
{
    INTEGREAT_REQUIRE_CORPUS();
    for (const auto &[name, trigger] : triggers()) {
        INFO(name.toStdString());
        GuiFixture f;
        f.window().resize(900, 420);
        const Location office =
            Location::page(u"augsburg"_s, u"de"_s, f.pathOf(u"Ausländerbehörde"_s));
        f.open(office);
        QScrollBar *bar = f.content().browser()->verticalScrollBar();
        REQUIRE(waitUntil([bar] { return bar->maximum() > 200; }));
        bar->setValue(150);
        const int history = f.window().navigator().size();
        trigger(f);
        CHECK(f.location() == office);
        CHECK(f.window().navigator().size() == history);
        CHECK(bar->value() == 150);
        CHECK(f.pageText().contains(u"Aufenthaltstitel"_s));
        CHECK(f.window().windowTitle().startsWith(u"Ausländerbehörde"_s));
        CHECK(showsCurrentTheme(f.content().browser()));
    }
}

TEST_CASE("An event, a place and a news item stay open through text size, contrast and a sync",
          "[gui][keepplace]")
{
    INTEGREAT_REQUIRE_CORPUS();
    for (const auto &[name, trigger] : triggers()) {
        INFO(name.toStdString());
        GuiFixture f;
        testing::storeLocalNews(f);
        f.window().resize(760, 480);

        f.window().openLink(u"https://integreat.app/augsburg/de/events/test-veranstaltung"_s);
        const Location event = f.location();
        REQUIRE(event.kind == Location::Kind::Event);
        const QString eventTitle = f.window().eventsView()->shownTitle();
        QScrollBar *eventBar = f.window().eventsView()->browser()->verticalScrollBar();
        const bool eventScrolls = eventBar->maximum() > 20;
        if (eventScrolls)
            eventBar->setValue(20);
        trigger(f);
        CHECK(f.location() == event);
        CHECK(f.window().eventsView()->isVisible());
        CHECK(f.window().eventsView()->shownTitle() == eventTitle);
        CHECK(f.window().windowTitle().startsWith(eventTitle));
        CHECK(showsCurrentTheme(f.window().eventsView()->browser())); // rendered again
        if (eventScrolls)
            CHECK(eventBar->value() == 20);

        f.window().openLink(u"https://integreat.app/augsburg/de/places/test-ort"_s);
        const Location place = f.location();
        trigger(f);
        CHECK(f.location() == place);
        CHECK(f.window().placesView()->isVisible());
        CHECK(f.window().placesView()->isDetailShown());
        CHECK(f.window().currentSection()->currentRoute() == place);
        CHECK(showsCurrentTheme(f.window().placesView()->detail()));

        f.window().openLink(u"https://integreat.app/augsburg/de/news/local-7"_s);
        trigger(f);
        CHECK(f.location() == Location::newsItem(u"augsburg"_s, u"de"_s, u"local-7"_s));
        CHECK(f.window().newsView()->isVisible());
        CHECK(f.window().newsView()->shownTitle() == u"Sprechstunde im Rathaus"_s);
        CHECK(f.window().windowTitle().startsWith(u"Sprechstunde im Rathaus"_s));
        CHECK(showsCurrentTheme(f.window().newsView()->browser()));
        // Nothing of this was a new history entry.
        CHECK(f.window().navigator().size() == 4);
    }
}

TEST_CASE("A list keeps its scroll position through a text size change", "[gui][keepplace]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    testing::storeManyEvents(f, 60);
    f.window().resize(760, 480);
    f.window().showSection(u"events"_s);
    const Location list = f.location();
    REQUIRE(list == Location::events(u"augsburg"_s, u"de"_s));
    QScrollBar *bar = f.window().eventsView()->list()->list()->verticalScrollBar();
    REQUIRE(waitUntil([bar] { return bar->maximum() > 20; })); // per item or per pixel
    const int scrolled = bar->maximum() / 2;
    bar->setValue(scrolled);
    f.settings->setTextScale(125);
    f.window().applySettings();
    CHECK(f.location() == list);
    CHECK(bar->value() == scrolled);
    // Back from an event to the list finds it where it was.
    f.window().eventsView()->openEvent(u"/augsburg/de/events/termin-3/"_s);
    REQUIRE(f.location().kind == Location::Kind::Event);
    f.window().navigator().back();
    CHECK(f.location() == list);
    CHECK(bar->value() == scrolled);
}

TEST_CASE("A hidden section shows new content when it is shown again", "[gui][keepplace]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    f.window().showSection(u"news"_s);
    CHECK(f.window().newsView()->titles().isEmpty());
    f.window().showSection(u"local"_s);
    testing::storeLocalNews(f); // as a sync would
    QSignalSpy finished(f.sync.get(), &SyncController::finished);
    f.window().syncNow();
    REQUIRE(waitUntil([&] { return finished.count() == 1; }, 30000));
    f.window().showSection(u"news"_s);
    CHECK(f.window().newsView()->titles() == QStringList{u"Sprechstunde im Rathaus"_s});
}

TEST_CASE("Clearing the search returns to where it began, once, in the language shown",
          "[gui][keepplace][search]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f;
    QLineEdit *field = f.window().searchField();
    const auto type = [&](const QString &text) {
        typeText(field, text);
    };
    const auto clear = [&] {
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
    };
    Navigator &history = f.window().navigator();

    // From an event: one search entry while typing; clearing goes back to the event.
    f.window().openLink(u"https://integreat.app/augsburg/de/events/test-veranstaltung"_s);
    const Location event = f.location();
    const int before = history.size();
    type(u"Sprache"_s);
    CHECK(f.location() == Location::search(u"augsburg"_s, u"de"_s, u"Sprache"_s));
    CHECK(history.size() == before + 1);
    clear();
    CHECK(f.location() == event);
    CHECK(f.window().eventsView()->isVisible());
    CHECK(history.index() == before - 1); // one step back, not two
    CHECK(field->text().isEmpty());

    // A language switch during the search: clearing keeps Arabic and adds no entry.
    const Location office = Location::page(u"augsburg"_s, u"de"_s, f.pathOf(u"Ausländerbehörde"_s));
    f.open(office);
    type(u"Amt"_s);
    f.window().switchLanguage(u"ar"_s);
    REQUIRE(f.location() == Location::search(u"augsburg"_s, u"ar"_s, u"Amt"_s));
    const int entries = history.size();
    clear();
    CHECK(f.location().language == u"ar"_s);
    CHECK(f.location().kind == Location::Kind::Page);
    CHECK(f.pageText().contains(u"دائرة شؤون الأجانب"_s));
    CHECK(history.size() == entries);
    // Escape clears too, the same way.
    type(u"x"_s);
    QTest::keyClick(field, Qt::Key_Escape);
    CHECK(f.location().kind == Location::Kind::Page);
    CHECK(f.location().language == u"ar"_s);
}
