// The Events section: the list grouped by day at an injected time, the event page, the range
// filter, saving to .ics (parsed back with libical), opening from the section bar; publication
// dates of news and events, search opening both, screenshots. (The News list: test_news.cpp.)
#include "desktop/events/eventlist.h"
#include "desktop/events/eventsview.h"
#include "desktop/mainwindow/sectionbar.h"
#include "desktop/news/newsreadstate.h"
#include "desktop/news/newsview.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/linkrouter.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/presentation/datetext.h"
#include "desktop/search/searchview.h"
#include "eventsnewsdata.h"
#include "guifixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <catch2/catch.hpp>
#include <libical/ical.h>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::GuiFixture;
using integreat::testing::waitUntil;

using namespace integreat::testing;

TEST_CASE("The events section lists upcoming events by day and opens an event page",
          "[gui][events]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    storeEvents(f);
    EventsView *events = f.window().eventsView();
    events->setClock([] { return local(2024, 1, 9, 19); }); // Tuesday evening, café under way
    QList<QUrl> opened;
    events->linkRouter()->setConfirm([](ExternalLinkDialog::Kind, const QUrl &) { return true; });
    events->linkRouter()->setOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });

    // Augsburg enables events: the section bar offers them, and a click shows the list.
    SectionBar *bar = f.window().sectionBar();
    REQUIRE(bar->sectionIds().contains(u"events"_s));
    CHECK(bar->isVisible());
    QToolButton *eventsButton = nullptr;
    for (QToolButton *button : bar->findChildren<QToolButton *>()) {
        if (button->text() == u"Events"_s || button->text() == u"Veranstaltungen"_s)
            eventsButton = button;
    }
    REQUIRE(eventsButton);
    eventsButton->click();
    REQUIRE(waitUntil([&] { return events->isVisible() && !events->isListPending(); }));

    EventList *list = events->list();
    CHECK(list->titles() == QStringList{u"Sprachcafé"_s, u"Beratung"_s, u"Sommerfest"_s});
    CHECK(list->headings().size() == 3); // today, tomorrow, later
    // The café's next dates come under it.
    bool moreDates = false;
    const QAbstractItemModel *rows = list->list()->model();
    for (int i = 0; i < rows->rowCount(); ++i)
        moreDates |=
            rows->index(i, 0).data(Qt::AccessibleTextRole).toString().contains(u"11 Jan"_s);
    CHECK(moreDates);

    // A range: only the 11th to the 12th.
    list->setRange(QDate(2024, 1, 11), QDate(2024, 1, 12));
    emit list->rangeChanged();
    REQUIRE(waitUntil([&] { return !events->isListPending(); }));
    CHECK(list->titles() == QStringList{u"Sprachcafé"_s});
    list->clearRange();
    REQUIRE(waitUntil([&] { return !events->isListPending(); }));
    CHECK(list->titles().size() == 3);

    // Opening the café: title, the date under way, the rule, the address and more dates.
    REQUIRE(events->openEvent(u"/augsburg/de/events/sprachcafe/"_s));
    REQUIRE(waitUntil([&] { return !events->isDatesPending(); })); // worked out off the GUI thread
    const QString text = events->browser()->toPlainText();
    CHECK(text.contains(u"Sprachcafé"_s));
    CHECK(text.contains(u"2024"_s));
    CHECK(text.contains(u"Stadtbücherei"_s));
    CHECK(text.contains(u"Deutsch sprechen"_s));
    CHECK(f.window().windowTitle().startsWith(u"Sprachcafé"_s));

    // The address opens the place on the map (through the external-link route).
    emit events->browser()->linkActivated(
        QUrl(u"https://www.openstreetmap.org/?mlat=48.370500&mlon=10.897800"_s));
    CHECK(opened.size() == 1);

    // Saving all future dates writes a calendar file libical reads with the weekly rule.
    QTemporaryDir out;
    const QString file = out.filePath(u"cafe.ics"_s);
    REQUIRE(events->exportTo(file, true));
    QFile ics(file);
    REQUIRE(ics.open(QIODevice::ReadOnly));
    icalcomponent *calendar = icalparser_parse_string(ics.readAll().constData());
    REQUIRE(calendar);
    icalcomponent *vevent = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
    REQUIRE(vevent);
    CHECK(QString::fromUtf8(icalcomponent_get_summary(vevent)) == u"Sprachcafé"_s);
    CHECK(icalcomponent_get_first_property(vevent, ICAL_RRULE_PROPERTY) != nullptr);
    icalcomponent_free(calendar);
    CHECK(f.window().eventsView()->notice()->text().contains(u"cafe.ics"_s));

    // Back to the list; a link into the local information switches the section.
    events->showList();
    CHECK_FALSE(events->isShowingEvent());
    f.open(Location::page(u"augsburg"_s, u"de"_s, f.pathOf(u"Willkommen"_s)));
    CHECK_FALSE(events->isVisible());
    CHECK(f.content().isVisible());
}

TEST_CASE("News and events show their publication date where the CMS sends one", "[gui][news]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    store::LanguageContent content = f.storedPages();
    auto published = newsItem(u"local-7"_s, u"local"_s, u"Wahlen im März"_s, local(2024, 1, 9, 8),
                              u"Briefwahl beantragen."_s);
    published.publishedAt = local(2024, 1, 3, 7);
    const auto plain = newsItem(u"local-8"_s, u"local"_s, u"Neue Buslinie"_s, local(2024, 1, 8, 8),
                                u"Linie 23 fährt."_s);
    content.news = QList<model::NewsItem>{published, plain};
    auto fest = event(u"fest"_s, u"Sommerfest"_s, local(2024, 7, 1, 14), local(2024, 7, 1, 20));
    fest.publishedAt = local(2023, 12, 20, 10);
    content.events = QList<model::Event>{
        fest, event(u"beratung"_s, u"Beratung"_s, local(2024, 1, 10, 9), local(2024, 1, 10, 12))};
    f.store->applyLanguage(content);

    NewsView *news = f.window().newsView();
    news->setClock([] { return local(2024, 1, 10, 12); });
    f.window().showSection(u"news"_s);
    REQUIRE(waitUntil([&] { return news->isVisible(); }));
    const QAbstractItemModel *rows = news->list()->model();
    REQUIRE(rows->rowCount() == 2);
    const auto dateLine = [&](const QString &title) {
        for (int i = 0; i < rows->rowCount(); ++i) {
            if (rows->index(i, 0).data().toString() == title)
                return rows->index(i, 0).data(Qt::AccessibleTextRole).toString();
        }
        return QString();
    };
    const auto shown = [](const QDateTime &when) {
        return DateText::date(when.toLocalTime().date(), DateText::localeFor(QLocale().name()));
    };
    // The published date (3 January), not the display date (9 January) …
    CHECK(dateLine(u"Wahlen im März"_s).contains(shown(published.publishedAt)));
    CHECK_FALSE(dateLine(u"Wahlen im März"_s).contains(shown(published.displayDate)));
    // … and the display date where the CMS sent none.
    CHECK(dateLine(u"Neue Buslinie"_s).contains(shown(plain.displayDate)));
    REQUIRE(news->openNews(u"local-7"_s));
    CHECK(news->browser()->toPlainText().contains(shown(published.publishedAt)));

    // An event says when it was published, else when it was last updated.
    EventsView *events = f.window().eventsView();
    events->setClock([] { return local(2024, 1, 9, 19); });
    f.window().showSection(u"events"_s);
    REQUIRE(waitUntil([&] { return events->isVisible() && !events->isListPending(); }));
    REQUIRE(events->openEvent(fest.path));
    const QString festText = events->browser()->toPlainText();
    CHECK(festText.contains(u"Published on "_s + shown(fest.publishedAt)));
    CHECK_FALSE(festText.contains(u"Last updated on"_s));
    REQUIRE(events->openEvent(u"/augsburg/de/events/beratung/"_s));
    CHECK(events->browser()->toPlainText().contains(u"Last updated on"_s));
}

TEST_CASE("Search finds events and news and opens them in their sections", "[gui][news][events]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    storeEvents(f);
    storeNews(f);
    f.window().eventsView()->setClock([] { return local(2024, 1, 9, 15); });
    f.window().newsView()->setClock([] { return local(2024, 1, 10, 12); });
    SearchView *view = f.content().searchView();

    auto search = [&](const QString &text) {
        f.window().searchField()->selectAll();
        f.search(text);
    };
    auto activate = [&](const QString &kind) {
        QListView *list = view->list();
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (index.data(SearchView::HitKindRole).toString() == kind) {
                emit list->activated(index);
                return true;
            }
        }
        return false;
    };

    search(u"Öffnungszeiten"_s);
    REQUIRE(activate(u"news"_s));
    CHECK(f.window().newsView()->isVisible());
    CHECK(f.window().newsView()->shownTitle() == u"Bürgerbüro: neue Öffnungszeiten"_s);

    search(u"Sprachcaf"_s);
    REQUIRE(activate(u"event"_s));
    CHECK(f.window().eventsView()->isVisible());
    CHECK(f.window().eventsView()->shownTitle() == u"Sprachcafé"_s);
}

// Hidden: `test_events_news "[.screenshots]"` with INTEGREAT_SCREENSHOT_DIR set writes the
// events list, an event page, the news list and a news page for docs/screenshots/.
TEST_CASE("Screenshots of the events and news sections", "[.screenshots]")
{
    INTEGREAT_REQUIRE_CORPUS();
    const QString dir = qEnvironmentVariable("INTEGREAT_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    GuiFixture f({u"de"_s});
    storeEvents(f);
    f.window().resize(1100, 720);
    EventsView *events = f.window().eventsView();
    events->setClock([] { return local(2024, 1, 9, 15); });
    f.window().showSection(u"events"_s);
    REQUIRE(waitUntil([&] { return events->isVisible(); }));
    CHECK(f.window().grab().save(QDir(dir).filePath(u"events-list.png"_s)));
    REQUIRE(events->openEvent(u"/augsburg/de/events/sprachcafe/"_s));
    REQUIRE(waitUntil([&] { return !events->isDatesPending(); }));
    QCoreApplication::processEvents();
    CHECK(f.window().grab().save(QDir(dir).filePath(u"event-page.png"_s)));

    storeNews(f);
    NewsView *news = f.window().newsView();
    news->setClock([] { return local(2024, 1, 10, 12); });
    f.window().showSection(u"news"_s);
    REQUIRE(waitUntil([&] { return news->isVisible(); }));
    QCoreApplication::processEvents(); // the badge's wider tab is laid out
    CHECK(f.window().grab().save(QDir(dir).filePath(u"news-list.png"_s)));
    REQUIRE(news->openNews(u"local-1"_s));
    QCoreApplication::processEvents();
    CHECK(f.window().grab().save(QDir(dir).filePath(u"news-page.png"_s)));
}
