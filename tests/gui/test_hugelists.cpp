// 100,000 events and 100,000 news: their sections open, the lists scroll to the end and the
// last row opens from the keyboard; only the rows shown have their texts worked out (issue 11,
// the lists as model views).
#include "desktop/events/eventlist.h"
#include "desktop/events/eventlistmodel.h"
#include "desktop/events/eventsview.h"
#include "desktop/news/newslistmodel.h"
#include "desktop/news/newsview.h"
#include "guifixture.h"

#include <QListView>
#include <QScrollBar>
#include <QTest>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::GuiFixture;
using integreat::testing::waitUntil;

namespace {

constexpr int Huge = 100000;

QDateTime berlin(const QDate &day, int hour)
{
    return QDateTime(day, QTime(hour, 0), QTimeZone("Europe/Berlin"));
}

/// Event i takes place on day i / 100 after 1 Jan 2030, so every heading has events.
QList<model::Event> hugeEvents()
{
    QList<model::Event> out;
    out.reserve(Huge);
    for (int i = 0; i < Huge; ++i) {
        model::Event e;
        e.path = u"/augsburg/de/events/termin-%1/"_s.arg(i);
        e.title = u"Termin %1"_s.arg(i, 6, 10, QChar(u'0'));
        const QDate day = QDate(2030, 1, 1).addDays(i / 100);
        e.start = berlin(day, 8 + i % 10);
        e.end = e.start.addSecs(3600);
        e.timeZone = u"Europe/Berlin"_s;
        e.lastUpdated = berlin(QDate(2029, 12, 1), 12);
        e.content = u"<p>Treffen %1</p>"_s.arg(i);
        e.excerpt = u"Treffen %1"_s.arg(i);
        out.append(e);
    }
    return out;
}

/// News item i is i minutes older than the newest, 1 Jan 2030, noon.
QList<model::NewsItem> hugeNews()
{
    QList<model::NewsItem> out;
    out.reserve(Huge);
    for (int i = 0; i < Huge; ++i) {
        model::NewsItem n;
        n.id = u"huge-%1"_s.arg(i);
        n.title = u"Nachricht %1"_s.arg(i, 6, 10, QChar(u'0'));
        n.content = u"Text der Nachricht %1"_s.arg(i);
        n.lastUpdated = berlin(QDate(2030, 1, 1), 12).addSecs(-60 * i);
        n.displayDate = n.lastUpdated;
        out.append(n);
    }
    return out;
}

/// Scrolls `list` to its end the way a reader would (End), lets it paint, and returns the
/// row then current.
QModelIndex scrollToEnd(QListView *list)
{
    list->setFocus();
    QTest::keyClick(list, Qt::Key_End);
    QCoreApplication::processEvents();
    list->viewport()->grab();
    return list->currentIndex();
}

} // namespace

TEST_CASE("100,000 events: the section opens, scrolls to the end and opens the last event",
          "[gui][events][huge]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    store::LanguageContent content = f.storedPages();
    content.events = hugeEvents();
    f.store->applyLanguage(content);
    EventsView *events = f.window().eventsView();
    events->setClock([] { return berlin(QDate(2029, 12, 31), 12); });
    f.window().showSection(u"events"_s);
    REQUIRE(waitUntil([&] { return events->isVisible() && !events->isListPending(); }, 120000));

    QListView *list = events->list()->list();
    EventListModel *model = events->list()->model();
    // Tomorrow, next 7 days, next 30 days and later: a heading before each group.
    CHECK(events->list()->headings() ==
          QStringList{u"Tomorrow"_s, u"Next 7 days"_s, u"Next 30 days"_s, u"Later"_s});
    REQUIRE(model->rowCount() == Huge + 4);
    CHECK(model->isHeading(0));
    CHECK(model->index(0).data(Qt::AccessibleDescriptionRole).toString() == u"Heading"_s);
    CHECK_FALSE(model->flags(model->index(0)) & Qt::ItemIsSelectable);
    // Only what was shown has its date lines worked out.
    CHECK(model->textsWorkedOut() < 1000);

    const QModelIndex last = scrollToEnd(list);
    CHECK(list->verticalScrollBar()->value() == list->verticalScrollBar()->maximum());
    REQUIRE(last.row() == Huge + 3);
    CHECK(list->visualRect(last).intersects(list->viewport()->rect()));
    CHECK(last.data().toString() == u"Termin 099999"_s);
    CHECK(last.data(Qt::AccessibleTextRole).toString().startsWith(u"Termin 099999, "_s));
    CHECK(model->textsWorkedOut() < 2000);

    // Enter opens the last event; Space opens the one above it.
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(events->isShowingEvent());
    CHECK(events->shownTitle() == u"Termin 099999"_s);
    events->showList();
    list->setFocus();
    const QModelIndex above = model->index(Huge + 2);
    list->setCurrentIndex(above);
    QTest::keyClick(list, Qt::Key_Space);
    REQUIRE(events->isShowingEvent());
    CHECK(events->shownTitle() == above.data().toString());
    CHECK(events->shownTitle() != u"Termin 099999"_s);
}

TEST_CASE("100,000 news: the section opens, scrolls to the end and opens the last item",
          "[gui][news][huge]")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    const qsizetype stored = f.store->news(u"augsburg"_s, u"de"_s).size();
    // What the news watcher stores between syncs is not pruned until the next sync.
    f.store->addWatchedNews({u"augsburg"_s, u"de"_s}, hugeNews(), berlin(QDate(2030, 1, 1), 12));
    REQUIRE(f.store->news(u"augsburg"_s, u"de"_s).size() == stored + Huge);
    NewsView *news = f.window().newsView();
    news->setClock([] { return berlin(QDate(2030, 1, 1), 13); });
    f.window().showSection(u"news"_s);
    REQUIRE(waitUntil([&] { return news->isVisible(); }));

    QListView *list = news->list();
    NewsListModel *model = news->model();
    REQUIRE(model->rowCount() == stored + Huge);
    CHECK(model->index(0).data().toString() == u"Nachricht 000000"_s);
    CHECK(model->index(0)
              .data(Qt::AccessibleTextRole)
              .toString()
              .startsWith(u"Nachricht 000000, ● New, "_s));
    CHECK(model->metaWorkedOut() < 1000);

    const QModelIndex last = scrollToEnd(list);
    CHECK(list->verticalScrollBar()->value() == list->verticalScrollBar()->maximum());
    REQUIRE(last.row() == model->rowCount() - 1);
    CHECK(list->visualRect(last).intersects(list->viewport()->rect()));
    CHECK(model->metaWorkedOut() < 2000);

    const QString title = last.data().toString();
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(news->isShowingNews());
    CHECK(news->shownTitle() == title);
    news->showList();
    list->setFocus();
    const QModelIndex above = model->index(model->rowCount() - 2);
    list->setCurrentIndex(above);
    QTest::keyClick(list, Qt::Key_Space);
    REQUIRE(news->isShowingNews());
    CHECK(news->shownTitle() == above.data().toString());
}

TEST_CASE("A right-to-left events row starts at the right edge", "[gui][events][rtl]")
{
    events::ListedEvent row;
    row.event.path = u"/musterstadt/ar/events/x/"_s;
    row.event.title = u"مقهى اللغة"_s;
    const QDateTime start = berlin(QDate(2030, 1, 2), 18);
    row.next = {start, start.addSecs(3600), false};
    for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        EventList list;
        list.resize(600, 300);
        list.show();
        list.showEvents({row}, QLocale(QLocale::Arabic), direction);
        QCoreApplication::processEvents();
        const QRect title = list.list()->visualRect(list.model()->index(1));
        REQUIRE(title.isValid());
        const QImage image = list.list()->viewport()->grab(title).toImage();
        const QRgb background = image.pixel(image.width() / 2, 2);
        int left = image.width();
        int right = -1;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixel(x, y) != background) {
                    left = std::min(left, x);
                    right = std::max(right, x);
                }
            }
        }
        INFO("direction " << int(direction) << ": ink from " << left << " to " << right);
        REQUIRE(right >= 0);
        // The short title and date line fill less than half the row, from its leading edge.
        if (direction == Qt::RightToLeft)
            CHECK(left > image.width() / 3);
        else
            CHECK(right < image.width() * 2 / 3);
    }
}
