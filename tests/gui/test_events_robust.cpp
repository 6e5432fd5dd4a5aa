// Hostile recurrence rules in the Events section (issue 11): the dates are worked out off the
// GUI thread, and events whose rules cannot be expanded in bounds say "Irregular dates".
#include "desktop/events/eventitemdelegate.h"
#include "desktop/events/eventlist.h"
#include "desktop/events/eventsview.h"
#include "desktop/pages/noticebar.h"
#include "guifixture.h"

#include <QApplication>
#include <QListWidget>
#include <QSemaphore>
#include <QThread>
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
    for (int i = 0; i < list->list()->count(); ++i) {
        if (list->list()->item(i)->text() == title)
            return list->list()->item(i)->data(EventItemDelegate::MoreDatesRole).toString();
    }
    return u"(not listed)"_s;
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
    CHECK(events->notice()->text().contains(u"irregular dates"_s));
    REQUIRE(events->openEvent(u"/augsburg/de/events/woechentlich/"_s));
    CHECK_FALSE(events->notice()->text().contains(u"irregular"_s));
}
