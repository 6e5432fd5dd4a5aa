// Hostile recurrence rules in the Events section (issue 11): the dates are worked out off the
// GUI thread, and events whose rules cannot be expanded in bounds say "Irregular dates".
#include "desktop/events/eventitemdelegate.h"
#include "desktop/events/eventlist.h"
#include "desktop/events/eventsview.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/noticebar.h"
#include "desktop/presentation/eventdatetext.h"
#include "guifixture.h"

#include <QApplication>
#include <QListWidget>
#include <QMutex>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <QTimeZone>
#include <QTimer>
#include <catch2/catch.hpp>
#include <memory>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::GuiFixture;
using integreat::testing::waitUntil;

namespace {

QDateTime berlin(int y, int mo, int d, int h)
{
    return QDateTime(QDate(y, mo, d), QTime(h, 0), QTimeZone("Europe/Berlin"));
}

model::Event ruled(const QString &slug, const QString &title, const QDateTime &start,
                   const QString &rule)
{
    model::Event e;
    e.path = u"/augsburg/de/events/"_s + slug + u'/';
    e.title = title;
    e.start = start;
    e.end = start.addSecs(3600);
    e.timeZone = u"Europe/Berlin"_s;
    e.recurrenceRule = rule.isEmpty() ? QString() : u"RRULE:"_s + rule;
    e.lastUpdated = berlin(2024, 1, 1, 12);
    e.content = u"<p>Treffpunkt Rathaus.</p>"_s;
    return e;
}

QString moreDatesOf(EventList *list, const QString &title)
{
    const QAbstractItemModel *model = list->list()->model();
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->index(i, 0).data().toString() == title)
            return model->index(i, 0).data(EventItemDelegate::MoreDatesRole).toString();
    }
    return u"(not listed)"_s;
}

/// Stores a rule libical would loop on, one beyond the expansion bounds (COUNT=10⁸ hourly
/// since 1990) and a weekly one; the Events view's clock says 1 Jan 2030, noon.
EventsView *withHostileEvents(GuiFixture &f)
{
    store::LanguageContent content = f.storedPages();
    content.events = {ruled(u"sekunde"_s, u"Jede 60. Sekunde"_s, berlin(2030, 3, 2, 18),
                            u"FREQ=SECONDLY;BYSECOND=60"_s),
                      ruled(u"last"_s, u"Stündlich seit 1990"_s, berlin(1990, 1, 1, 0),
                            u"FREQ=HOURLY;COUNT=100000000"_s),
                      ruled(u"woechentlich"_s, u"Sprachcafé"_s, berlin(2029, 12, 31, 18),
                            u"FREQ=WEEKLY;BYDAY=TU"_s)};
    f.store->applyLanguage(content);
    EventsView *events = f.window().eventsView();
    events->setClock([] { return berlin(2030, 1, 1, 12); });
    return events;
}

/// Lets the list's worker thread through once opened; the GUI thread always passes.
struct Gate
{
    ~Gate() { open(); } // a failed test never leaves the worker waiting
    void open()
    {
        if (!opened.exchange(true))
            semaphore->release();
    }
    std::shared_ptr<QSemaphore> semaphore = std::make_shared<QSemaphore>(0);
    std::atomic<bool> opened{false};
};

} // namespace

TEST_CASE("Events with hostile rules: the GUI stays responsive and says the dates are irregular")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    store::LanguageContent content = f.storedPages();
    QList<model::Event> stored = {ruled(u"sekunde"_s, u"Jede 60. Sekunde"_s, berlin(2030, 3, 2, 18),
                                        u"FREQ=SECONDLY;BYSECOND=60"_s),
                                  ruled(u"stuendlich"_s, u"Stündlich für immer"_s,
                                        berlin(2029, 12, 30, 10),
                                        u"FREQ=MINUTELY;INTERVAL=7;COUNT=100000000"_s),
                                  ruled(u"woechentlich"_s, u"Sprachcafé"_s,
                                        berlin(2029, 12, 31, 18), u"FREQ=WEEKLY;BYDAY=TU"_s)};
    for (int i = 0; i < 20; ++i) // many events whose rules run into the expansion bounds
        stored << ruled(u"last-%1"_s.arg(i), u"Last %1"_s.arg(i), berlin(1990, 1, 1, 0),
                        u"FREQ=HOURLY;COUNT=100000000"_s);
    content.events = stored;
    f.store->applyLanguage(content);

    EventsView *events = f.window().eventsView();
    Gate gate;
    const auto semaphore = gate.semaphore;
    const QDateTime now = berlin(2030, 1, 1, 12);
    QThread *gui = QApplication::instance()->thread();
    events->setClock([semaphore, now, gui] {
        if (QThread::currentThread() != gui) { // the worker waits until the test lets it go
            semaphore->acquire();
            semaphore->release();
        }
        return now;
    });

    f.window().showSection(u"events"_s);
    REQUIRE(waitUntil([&] { return events->isVisible(); }));
    CHECK(events->isListPending());
    // The GUI thread keeps handling events while the dates are being worked out.
    int ticks = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] { ++ticks; });
    tick.start(0);
    REQUIRE(waitUntil([&] { return ticks >= 50; }));
    CHECK(events->isListPending());
    f.window().showSection(u"local"_s); // the section bar still works
    CHECK_FALSE(events->isVisible());
    f.window().showSection(u"events"_s);
    REQUIRE(waitUntil([&] { return events->isVisible(); }));
    tick.stop();

    gate.open();
    REQUIRE(waitUntil([&] { return !events->isListPending(); }, 120000));
    EventList *list = events->list();
    const QStringList titles = list->titles();
    INFO(titles.join(u", "_s).toStdString());
    CHECK(titles.contains(u"Jede 60. Sekunde"_s)); // with its first date
    CHECK(titles.contains(u"Sprachcafé"_s));
    CHECK(moreDatesOf(list, u"Jede 60. Sekunde"_s).startsWith(u"Irregular dates"_s));
    CHECK_FALSE(moreDatesOf(list, u"Sprachcafé"_s).contains(u"Irregular"_s));

    // Its page says so too.
    REQUIRE(events->openEvent(u"/augsburg/de/events/sekunde/"_s));
    REQUIRE(waitUntil([&] { return !events->isDatesPending(); }));
    CHECK(events->notice()->text().contains(u"irregular dates"_s));
    REQUIRE(events->openEvent(u"/augsburg/de/events/woechentlich/"_s));
    REQUIRE(waitUntil([&] { return !events->isDatesPending(); }));
    CHECK_FALSE(events->notice()->text().contains(u"irregular"_s));
}

TEST_CASE("An event page with a hostile rule shows at once and works its dates out off the GUI "
          "thread")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    const QString hostile = u"/augsburg/de/events/sekunde/"_s;
    const QString weekly = u"/augsburg/de/events/woechentlich/"_s;
    EventsView *events = withHostileEvents(f);
    QThread *gui = QApplication::instance()->thread();
    // Records the threads the page's dates are worked out in; the hostile events' workers
    // wait until the test lets them go (the GUI thread is never held: if it expanded, the test
    // would see it in `threads`).
    QMutex mutex;
    QList<QThread *> threads;
    Gate gate;
    const auto semaphore = gate.semaphore;
    events->setDatesObserver([&mutex, &threads, semaphore, gui, weekly](const QString &path) {
        {
            const QMutexLocker lock(&mutex);
            threads << QThread::currentThread();
        }
        if (QThread::currentThread() != gui && path != weekly) {
            semaphore->acquire();
            semaphore->release();
        }
    });
    const auto expandedOn = [&] {
        const QMutexLocker lock(&mutex);
        return threads;
    };

    // Opened by its route: the title is there at once, the dates are on their way.
    f.open(desktop::Location::event(u"augsburg"_s, u"de"_s, hostile));
    REQUIRE(events->isVisible());
    REQUIRE(events->isShowingEvent());
    CHECK(events->isDatesPending());
    CHECK(f.window().windowTitle().startsWith(u"Jede 60. Sekunde"_s));
    QString text = events->browser()->toPlainText();
    CHECK(text.contains(u"Jede 60. Sekunde"_s));
    CHECK(text.contains(u"Loading dates…"_s));
    CHECK(text.contains(u"Treffpunkt Rathaus."_s));
    REQUIRE(waitUntil([&] { return !expandedOn().isEmpty(); }));
    CHECK_FALSE(expandedOn().contains(gui));

    gate.open();
    REQUIRE(waitUntil([&] { return !events->isDatesPending(); }, 60000));
    CHECK(expandedOn().size() == 1);
    CHECK_FALSE(expandedOn().contains(gui));
    text = events->browser()->toPlainText();
    CHECK_FALSE(text.contains(u"Loading dates…"_s));
    // Like the list: its first date, and the notice that its dates are irregular.
    const QDateTime first = berlin(2030, 3, 2, 18);
    const QString firstDate =
        EventDateText::dateLine(events::Occurrence{first, first.addSecs(3600), false}, QLocale());
    INFO(text.toStdString());
    CHECK(text.contains(firstDate));
    CHECK(events->notice()->text().contains(u"irregular dates"_s));
}

TEST_CASE("An event page's dates that arrive after the user moved on are not shown")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    const QString hostile = u"/augsburg/de/events/last/"_s; // beyond MaxIterations
    const QString weekly = u"/augsburg/de/events/woechentlich/"_s;
    EventsView *events = withHostileEvents(f);

    auto gate = std::make_unique<Gate>();
    std::atomic<int> held{0};
    const auto semaphore = gate->semaphore;
    QThread *gui = QApplication::instance()->thread();
    events->setDatesObserver([semaphore, gui, hostile, &held](const QString &path) {
        if (QThread::currentThread() != gui && path == hostile) {
            ++held;
            semaphore->acquire();
            semaphore->release();
        }
    });
    const auto finishStale = [&] {
        gate->open();
        REQUIRE(QThreadPool::globalInstance()->waitForDone(60000));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    };

    SECTION("back to the list")
    {
        f.open(desktop::Location::event(u"augsburg"_s, u"de"_s, hostile));
        REQUIRE(waitUntil([&] { return held == 1; }));
        events->showList();
        finishStale();
        CHECK_FALSE(events->isShowingEvent());
        CHECK(events->list()->isVisible());
        CHECK_FALSE(events->notice()->text().contains(u"irregular"_s));
    }
    SECTION("on to another event")
    {
        f.open(desktop::Location::event(u"augsburg"_s, u"de"_s, hostile));
        REQUIRE(waitUntil([&] { return held == 1; }));
        f.open(desktop::Location::event(u"augsburg"_s, u"de"_s, weekly));
        REQUIRE(waitUntil([&] { return !events->isDatesPending(); }));
        const QString cafe = events->browser()->toPlainText();
        CHECK(cafe.contains(u"Sprachcafé"_s));
        CHECK(cafe.contains(u"More dates"_s));
        finishStale();
        CHECK(events->shownTitle() == u"Sprachcafé"_s);
        CHECK(events->browser()->toPlainText() == cafe);
        CHECK_FALSE(events->notice()->text().contains(u"irregular"_s));
    }
}
