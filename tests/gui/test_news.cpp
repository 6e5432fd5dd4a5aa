// The News section: the "new" rule (opened, published lately), local and external news in the
// list with their count of new ones.
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

TEST_CASE("A news item is new while not opened and younger than 5 days", "[gui][news]")
{
    const QDateTime now = local(2024, 1, 10, 12);
    const auto fresh = newsItem(u"local-1"_s, u"local"_s, u"a"_s, now.addDays(-4), {});
    const auto old = newsItem(u"local-2"_s, u"local"_s, u"b"_s, now.addDays(-5).addSecs(-1), {});
    CHECK(NewsReadState::isNew(fresh, false, now));
    CHECK_FALSE(NewsReadState::isNew(fresh, true, now));
    CHECK_FALSE(NewsReadState::isNew(old, false, now));

    QTemporaryDir dir;
    NewsReadState state(dir.filePath(u"settings.ini"_s));
    CHECK(state.countNew(u"augsburg"_s, u"de"_s, {fresh, old}, now) == 1);
    state.markOpened(u"augsburg"_s, u"de"_s, u"local-1"_s);
    CHECK(state.countNew(u"augsburg"_s, u"de"_s, {fresh, old}, now) == 0);
    // Per language: the same id in another language is still new.
    CHECK(state.countNew(u"augsburg"_s, u"ar"_s, {fresh}, now) == 1);
    // Remembered across restarts.
    NewsReadState again(dir.filePath(u"settings.ini"_s));
    CHECK(again.isOpened(u"augsburg"_s, u"de"_s, u"local-1"_s));
}

TEST_CASE("A news item is new when it was published lately, not when an old one was edited",
          "[gui][news]")
{
    const QDateTime now = local(2024, 1, 10, 12);
    // Published a month ago (CMS 2026.9 sends published_at), edited yesterday: the edit moves
    // last_updated and display_date, but the item is not news to the reader.
    auto edited = newsItem(u"local-1"_s, u"local"_s, u"a"_s, now.addDays(-1), {});
    edited.publishedAt = now.addDays(-30);
    CHECK_FALSE(NewsReadState::isNew(edited, false, now));
    // Written a month ago, published this morning.
    auto fresh = newsItem(u"local-2"_s, u"local"_s, u"b"_s, now.addDays(-30), {});
    fresh.publishedAt = now.addSecs(-3 * 3600);
    CHECK(NewsReadState::isNew(fresh, false, now));
    CHECK_FALSE(NewsReadState::isNew(fresh, true, now));
    // An older CMS without published_at: the display date (the sending) decides, not the last
    // edit before it.
    auto sent = newsItem(u"local-3"_s, u"local"_s, u"c"_s, now.addDays(-1), {});
    sent.lastUpdated = now.addDays(-20);
    CHECK(NewsReadState::isNew(sent, false, now));
    QTemporaryDir dir;
    NewsReadState state(dir.filePath(u"settings.ini"_s));
    CHECK(state.countNew(u"augsburg"_s, u"de"_s, {edited, fresh, sent}, now) == 2);
}

TEST_CASE("The news section lists local and external news and counts new ones", "[gui][news]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    storeNews(f);
    NewsView *news = f.window().newsView();
    news->setClock([] { return local(2024, 1, 10, 12); });
    REQUIRE(f.window().sectionBar()->sectionIds().contains(u"news"_s));
    f.window().showSection(u"news"_s);
    REQUIRE(waitUntil([&] { return news->isVisible(); }));

    // Newest first, both kinds, so the filter shows; two are new (the third is 13 days old).
    CHECK(news->titles() == QStringList{u"Neue Regeln für Visa"_s,
                                        u"Bürgerbüro: neue Öffnungszeiten"_s,
                                        u"Sprachkurse im Frühjahr"_s});
    CHECK(news->filterVisible());
    CHECK(f.window().sectionBar()->title(u"news"_s) == u"News (2)"_s);
    news->setFilter(NewsView::Filter::Local);
    CHECK(news->titles().size() == 2);
    news->setFilter(NewsView::Filter::External);
    CHECK(news->titles() == QStringList{u"Neue Regeln für Visa"_s});
    news->setFilter(NewsView::Filter::All);

    // Opening a local item: its web address, e-mail address become links; it is no longer new.
    REQUIRE(news->openNews(u"local-1"_s));
    const QString html = news->browser()->toHtml();
    CHECK(html.contains(u"href=\"https://www.augsburg.de/buergerbuero\""_s));
    CHECK(html.contains(u"href=\"mailto:buergerbuero@augsburg.de\""_s));
    CHECK(f.window().sectionBar()->title(u"news"_s) == u"News (1)"_s);
    CHECK(f.window().windowTitle().startsWith(u"Bürgerbüro"_s));

    // Its links go through the link router (websites are confirmed, then opened).
    QList<QUrl> opened;
    news->linkRouter()->setConfirm([](ExternalLinkDialog::Kind, const QUrl &) { return true; });
    news->linkRouter()->setOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    emit news->browser()->linkActivated(QUrl(u"https://www.augsburg.de/buergerbuero"_s));
    CHECK(opened == QList<QUrl>{QUrl(u"https://www.augsburg.de/buergerbuero"_s)});

    // External news show their HTML and a link to the original.
    REQUIRE(news->openNews(u"tunews-5"_s));
    CHECK(news->browser()->toPlainText().contains(u"Ab März gelten neue Regeln."_s));
    CHECK(news->browser()->toHtml().contains(u"tunewsinternational.com/visa"_s));
    CHECK(f.window().sectionBar()->title(u"news"_s) == u"News"_s);
}
