// integreat-listbench: the Events and News lists with 100,000 rows each (issue 11, the lists as
// model views). "new" is what the app does: EventList (an EventListModel in a QListView) and the
// News list (a NewsListModel in a QListView), rows worked out when shown; "old" is the former
// way, rebuilt here only for comparison: a QListWidget with an item per row (and per heading)
// and every text made up front. Times filling the list up to its first paint and scrolling to
// its end; each figure is a fresh child process (--one), so peak RSS (VmHWM) and the growth of
// RSS are that list's alone. Prints figures; asserts nothing.
#include "core/events/eventgrouping.h"
#include "desktop/common/activatinglistview.h"
#include "desktop/events/eventitemdelegate.h"
#include "desktop/events/eventlist.h"
#include "desktop/events/eventlistmodel.h"
#include "desktop/news/newshtml.h"
#include "desktop/news/newslistmodel.h"
#include "desktop/presentation/datetext.h"
#include "desktop/presentation/eventdatetext.h"
#include "procstatus.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QListView>
#include <QListWidget>
#include <QTimeZone>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace integreat;
using desktop::EventItemDelegate;

using integreat::bench::statusKb;

namespace {

constexpr int Rows = 100000;

QDateTime berlin(const QDate &day, int hour)
{
    return QDateTime(day, QTime(hour, 0), QTimeZone("Europe/Berlin"));
}

/// 100,000 listed events over 1,000 days from 1 Jan 2030, every tenth with three more dates.
QList<events::ListedEvent> listedEvents()
{
    QList<events::ListedEvent> out;
    out.reserve(Rows);
    for (int i = 0; i < Rows; ++i) {
        events::ListedEvent row;
        row.event.path = u"/grossstadt/de/events/termin-%1/"_s.arg(i);
        row.event.title = u"Termin %1: Sprachcafé im Stadtteilzentrum"_s.arg(i);
        row.event.excerpt = u"Deutsch sprechen bei Kaffee und Tee, Treffen %1."_s.arg(i);
        row.event.content = u"<p>"_s + row.event.excerpt + u"</p>"_s;
        const QDateTime start = berlin(QDate(2030, 1, 1).addDays(i / 100), 8 + i % 10);
        row.next = {start, start.addSecs(3600), false};
        if (i % 10 == 0) {
            for (int d = 1; d <= 3; ++d)
                row.moreDates.append(
                    {start.addDays(7 * d), start.addDays(7 * d).addSecs(3600), false});
        }
        row.group = i < 100    ? events::EventGroup::Tomorrow
                    : i < 700  ? events::EventGroup::NextSevenDays
                    : i < 3000 ? events::EventGroup::NextThirtyDays
                               : events::EventGroup::Later;
        out.append(row);
    }
    return out;
}

/// 100,000 local news, a minute apart, newest first.
QList<model::NewsItem> newsItems()
{
    QList<model::NewsItem> out;
    out.reserve(Rows);
    for (int i = 0; i < Rows; ++i) {
        model::NewsItem n;
        n.id = u"news-%1"_s.arg(i);
        n.title = u"Nachricht %1 aus dem Rathaus"_s.arg(i);
        n.content = u"Die Ausländerbehörde ist am Freitag geschlossen. Termine gibt es online "
                    u"oder am Telefon (Nachricht %1)."_s.arg(i);
        n.lastUpdated = berlin(QDate(2030, 1, 1), 12).addSecs(-60 * i);
        out.append(n);
    }
    return out;
}

/// The former Events list: EventList::showEvents as it was, one QListWidgetItem per row.
void fillOldEvents(QListWidget &list, const QList<events::ListedEvent> &rows, const QLocale &locale)
{
    std::optional<events::EventGroup> group;
    for (const events::ListedEvent &row : rows) {
        if (group != row.group) {
            group = row.group;
            auto *item =
                new QListWidgetItem(desktop::EventListModel::headingText(row.group), &list);
            item->setFlags(Qt::ItemIsEnabled);
            item->setData(EventItemDelegate::HeadingRole, true);
            item->setData(Qt::AccessibleDescriptionRole, u"Heading"_s);
        }
        const QString date = desktop::EventDateText::dateLine(row.next, locale);
        QString more;
        if (!row.moreDates.isEmpty()) {
            QStringList dates;
            for (const events::Occurrence &next : row.moreDates)
                dates << desktop::EventDateText::shortDate(next, locale);
            more = u"More dates: %1"_s.arg(dates.join(u" · "_s));
        }
        auto *item = new QListWidgetItem(row.event.title, &list);
        item->setData(EventItemDelegate::DateRole, date);
        item->setData(EventItemDelegate::MoreDatesRole, more);
        item->setData(Qt::AccessibleTextRole,
                      QStringList{row.event.title, date, more}.join(u", "_s));
        item->setData(desktop::EventList::PathRole, row.event.path);
        item->setToolTip(row.event.excerpt.left(300));
        item->setTextAlignment(Qt::AlignLeft);
    }
}

/// The former News list: NewsView::reloadList as it was (local news), one item per news.
void fillOldNews(QListWidget &list, const QList<model::NewsItem> &items, const QLocale &locale)
{
    for (const model::NewsItem &item : items) {
        const QStringList meta{desktop::DateText::date(item.shownDate().toLocalTime().date(),
                                                       desktop::DateText::localeFor(locale.name())),
                               desktop::NewsHtml::sourceLabel(item.source)};
        const QString excerpt = item.content.simplified().left(200);
        auto *row = new QListWidgetItem(item.title, &list);
        row->setData(EventItemDelegate::DateRole, meta.join(u" · "_s));
        row->setData(EventItemDelegate::MoreDatesRole, excerpt);
        row->setData(Qt::AccessibleTextRole,
                     QStringList{item.title, meta.join(u", "_s), excerpt}.join(u", "_s));
        row->setData(desktop::NewsListModel::IdRole, item.id);
    }
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// The delayed layout, then a paint of the viewport, as the event loop would.
void paint(QAbstractItemView *view)
{
    QCoreApplication::processEvents();
    view->viewport()->grab();
}

/// One list in this process: prints "showMs endMs peakKb baseKb afterKb".
int runOne(const QString &kind, bool old)
{
    const QLocale locale(QLocale::German, QLocale::Germany);
    const bool events = kind == "events"_L1;
    const QList<events::ListedEvent> eventRows =
        events ? listedEvents() : QList<events::ListedEvent>();
    const QList<model::NewsItem> news = events ? QList<model::NewsItem>() : newsItems();
    const qint64 baseKb = statusKb("VmRSS");
    QWidget window;
    window.resize(800, 600);
    QAbstractItemView *view = nullptr;
    QElapsedTimer timer;
    timer.start();
    if (old) {
        auto *list = new QListWidget(&window);
        list->setItemDelegate(new EventItemDelegate(list));
        list->resize(window.size());
        window.show();
        if (events)
            fillOldEvents(*list, eventRows, locale);
        else
            fillOldNews(*list, news, locale);
        view = list;
    } else if (events) {
        auto *list = new desktop::EventList(&window);
        list->resize(window.size());
        window.show();
        list->showEvents(eventRows, locale, Qt::LeftToRight);
        view = list->list();
    } else {
        auto *model = new desktop::NewsListModel(&window);
        auto *list = new desktop::ActivatingListView(&window);
        list->setModel(model);
        list->setItemDelegate(new EventItemDelegate(list));
        list->resize(window.size());
        window.show();
        model->setNews(news, QList<bool>(news.size(), false), locale);
        view = list;
    }
    paint(view);
    const double showMs = msSince(timer);
    timer.restart();
    view->scrollToBottom();
    paint(view);
    const double endMs = msSince(timer);
    std::printf("%.1f %.1f %lld %lld %lld\n", showMs, endMs,
                static_cast<long long>(statusKb("VmHWM")), static_cast<long long>(baseKb),
                static_cast<long long>(statusKb("VmRSS")));
    return 0;
}

struct Figures
{
    bool finished = false;
    double showMs = 0;
    double endMs = 0;
    double peakMb = 0;
    double growthMb = 0;
};

Figures measure(const QString &kind, bool old)
{
    const QList<double> n =
        bench::runSelf({u"--one"_s, kind, u"--mode"_s, old ? u"old"_s : u"new"_s}, 600000, 5);
    Figures figures;
    if (n.isEmpty())
        return figures;
    figures.finished = true;
    figures.showMs = n.at(0);
    figures.endMs = n.at(1);
    figures.peakMb = (n.at(2) - n.at(3)) / 1024.0;
    figures.growthMb = (n.at(4) - n.at(3)) / 1024.0;
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption one(
        u"one"_s, u"Measure one list (events, news) and print raw figures."_s, u"kind"_s);
    const QCommandLineOption mode(u"mode"_s, u"new or old (with --one)."_s, u"mode"_s, u"new"_s);
    parser.addOptions({one, mode});
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(one))
        return runOne(parser.value(one), parser.value(mode) == "old"_L1);

    std::printf("Events and News lists with 100,000 rows, 800x600 offscreen; new = model view, "
                "old = QListWidget (former), each a fresh process\n");
    std::printf("  %-7s %-4s %14s %14s %16s %16s\n", "list", "", "fill+paint ms", "to end ms",
                "peak RSS +MB", "RSS after +MB");
    for (const QString &kind : {u"events"_s, u"news"_s}) {
        for (const bool old : {false, true}) {
            const Figures f = measure(kind, old);
            if (!f.finished) {
                std::printf("  %-7s %-4s did not finish\n", qPrintable(kind), old ? "old" : "new");
                continue;
            }
            std::printf("  %-7s %-4s %14.1f %14.1f %16.1f %16.1f\n", qPrintable(kind),
                        old ? "old" : "new", f.showMs, f.endMs, f.peakMb, f.growthMb);
        }
    }
    return 0;
}
