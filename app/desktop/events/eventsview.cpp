#include "desktop/events/eventsview.h"

#include "core/events/eventgrouping.h"
#include "core/events/icsexport.h"
#include "core/events/recurrence.h"
#include "core/store/store.h"
#include "desktop/common/filedialogs.h"
#include "desktop/common/offguithread.h"
#include "desktop/common/theme.h"
#include "desktop/events/eventhtml.h"
#include "desktop/events/eventlist.h"
#include "desktop/events/eventpagedates.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/feedbackbox.h"
#include "desktop/pages/linkrouter.h"
#include "desktop/presentation/languages.h"
#include "desktop/presentation/pathtext.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {

constexpr int kMoreDates = EventPageDates::MoreDates;

} // namespace

EventsView::EventsView(const store::Store &store, const QUrl &server, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(events::systemClock())
    , m_stack(new QStackedWidget(this))
    , m_list(new EventList(this))
    , m_page(new QWidget(this))
    , m_back(new QPushButton(tr("All events"), m_page))
    , m_saveDate(new QPushButton(tr("Save this date for a calendar…"), m_page))
    , m_saveAll(new QPushButton(tr("Save all dates for a calendar…"), m_page))
    , m_browser(new ContentBrowser(m_page))
    , m_feedback(new FeedbackBox(m_page))
    , m_notice(new NoticeBar(this))
    , m_router(new LinkRouter(store, server, this))
{
    setObjectName(u"EventsView"_s);
    m_browser->setServer(server);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(12, 8, 12, 8);
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_saveDate);
    buttons->addWidget(m_saveAll);
    auto *pageLayout = new QVBoxLayout(m_page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(buttons);
    pageLayout->addWidget(m_browser, 1);
    pageLayout->addWidget(m_feedback);

    m_stack->addWidget(m_list);
    m_stack->addWidget(m_page);

    // What a screen reader says when the focus enters the stack (a "layered pane").
    const auto nameStack = [this] {
        m_stack->setAccessibleName(m_stack->currentWidget() == m_page ? tr("Event")
                                                                      : tr("All events"));
    };
    connect(m_stack, &QStackedWidget::currentChanged, this, nameStack);
    nameStack();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);

    connect(m_list, &EventList::eventActivated, this,
            [this](const QString &path) { m_notice->readStore([&] { openEvent(path); }); });
    connect(m_list, &EventList::rangeChanged, this,
            [this] { m_notice->readStore([this] { reloadList(); }); });
    connect(m_back, &QPushButton::clicked, this, &EventsView::showList);
    connect(m_saveDate, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(m_saveAll, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(m_browser, &ContentBrowser::linkActivated, this, [this](const QUrl &url) {
        m_router->activate(url, Location::dashboard(m_region, m_language));
    });
    connect(m_router, &LinkRouter::navigate, this, &EventsView::navigate);
    connect(m_router, &LinkRouter::notice, m_notice, &NoticeBar::showNotice);
    connect(m_router, &LinkRouter::downloadRequested, this, &EventsView::downloadRequested);
}

void EventsView::setResourceDir(const QString &dir)
{
    m_browser->setResourceDir(dir);
    m_router->setResourceDir(dir);
}

void EventsView::setClock(events::Clock clock)
{
    m_clock = std::move(clock);
}

void EventsView::showRegion(const QString &region, const QString &language)
{
    const bool changed = region != m_region || language != m_language;
    m_region = region;
    m_language = language;
    if (changed && m_shown) {
        // The same event in the new language where it exists, else the list.
        const QString translated = m_shown->availableLanguages.value(language);
        if (translated.isEmpty() || !openEvent(translated))
            showList();
    }
    refresh();
}

void EventsView::refresh()
{
    reloadList();
    if (m_shown && !openEvent(m_shown->path))
        showList();
}

QLocale EventsView::uiLocale() const
{
    // Dates read in the UI language, like the labels around them and the pages' dates.
    return QLocale();
}

Qt::LayoutDirection EventsView::contentDirection() const
{
    return ContentLanguage::of(m_store.region(m_region), m_language).direction();
}

void EventsView::reloadList()
{
    if (m_region.isEmpty())
        return;
    const events::EventGrouping grouping(m_clock);
    m_list->setToday(grouping.now().date());
    QDateTime from;
    QDateTime until;
    if (m_list->rangeFrom().isValid()) {
        // The range's last day counts to its end, as in the official app.
        from = QDateTime(m_list->rangeFrom(), QTime(0, 0));
        until = QDateTime(m_list->rangeTo(), QTime(23, 59, 59));
    }
    // The store is read here; the dates are expanded in a worker thread, so the GUI never
    // waits for a rule (each is bounded, but hundreds of hostile ones add up).
    const QList<model::Event> stored = m_store.events(m_region, m_language);
    const quint64 generation = ++m_listGeneration;
    m_listPending = true;
    m_list->showLoading();
    runOffGuiThread(
        this,
        [clock = m_clock, stored, from, until] {
            return events::EventGrouping(clock).list(stored, kMoreDates, from, until);
        },
        [this, generation](const QList<events::ListedEvent> &rows) {
            if (generation != m_listGeneration)
                return; // a newer list is on its way
            m_listPending = false;
            m_list->showEvents(rows, uiLocale(), contentDirection());
            emit listReady();
        });
}

void EventsView::setDatesObserver(std::function<void(const QString &path)> observer)
{
    m_datesObserver = std::move(observer);
}

bool EventsView::openEvent(const QString &path)
{
    const auto event = m_store.event(m_region, m_language, path);
    if (!event)
        return false;
    // The same event again (after a sync, a theme change) keeps its dates until the new ones
    // are worked out; another event says "Loading dates…".
    m_datesKnown = m_datesKnown && m_shown && m_shown->path == event->path;
    m_shown = *event;
    m_notice->clearNotice();
    expandShownDates();
    renderEvent();
    m_stack->setCurrentWidget(m_page);
    emit titleChanged();
    return true;
}

void EventsView::expandShownDates()
{
    // A rule may take up to Recurrence::MaxMilliseconds: worked out off the GUI thread, and
    // only the newest result for the event still shown is taken.
    const quint64 generation = ++m_pageGeneration;
    m_datesPending = true;
    runOffGuiThread(
        this,
        [event = *m_shown, now = m_clock(), observer = m_datesObserver] {
            if (observer)
                observer(event.path);
            return EventPageDates::of(event, now);
        },
        [this, generation](const EventPageDates &result) {
            if (generation != m_pageGeneration || !m_shown)
                return; // the user moved on
            m_datesPending = false;
            m_datesKnown = true;
            m_shownDate = result.dates.constFirst();
            m_moreDates = result.dates.mid(1);
            if (result.irregular)
                m_notice->showNotice(
                    tr("This event has irregular dates: they cannot all be worked out, "
                       "so only the first is shown. Check the dates with the organizer."));
            renderEvent();
            emit datesReady();
        });
}

void EventsView::renderEvent()
{
    const ContentLanguage language = ContentLanguage::of(m_store.region(m_region), m_language);
    const EventHtml::Options options{uiLocale(), Theme::current().highContrast,
                                     language.rightToLeft};
    const std::optional<events::Occurrence> date =
        m_datesKnown ? std::optional(m_shownDate) : std::nullopt;
    const int scroll = m_browser->verticalScrollBar()->value();
    const QList<events::Occurrence> more = m_datesKnown ? m_moreDates : QList<events::Occurrence>();
    m_browser->showDocument(EventHtml::page(*m_shown, date, more, options),
                            Theme::current().contentStyleSheet(), language);
    if (!m_datesPending) // the dates arrived: the reader stays where it was
        m_browser->verticalScrollBar()->setValue(scroll);
    m_browser->setAccessibleName(m_shown->title); // the text named by its event
    model::Feedback target;
    target.key = {m_region, m_language};
    target.kind = model::Feedback::Kind::Event;
    target.slug = model::Feedback::slugOfPath(m_shown->path);
    m_feedback->setTarget(target);
    m_saveAll->setVisible(events::Recurrence(*m_shown).isRecurring());
    m_saveDate->setEnabled(m_datesKnown);
}

void EventsView::showList()
{
    m_shown.reset();
    ++m_pageGeneration; // dates still being worked out are not shown
    m_datesPending = false;
    m_datesKnown = false;
    m_notice->clearNotice();
    m_stack->setCurrentWidget(m_list);
    emit titleChanged();
}

void EventsView::chooseExport(bool allDates)
{
    if (!m_shown)
        return;
    QString base = m_shown->title;
    base.replace(QRegularExpression(u"[\\\\/:*?\"<>|]"_s), u"-"_s);
    const QString fileName =
        FileDialogs::saveFileName(this, tr("Save for a calendar"), base.simplified() + u".ics"_s,
                                  tr("Calendar files (*.ics)"));
    if (!fileName.isEmpty())
        exportTo(fileName, allDates);
}

bool EventsView::exportTo(const QString &fileName, bool allDates)
{
    if (!m_shown)
        return false;
    if (!allDates && !m_datesKnown) {
        m_notice->showNotice(tr("The dates are still being worked out. Try again in a moment."));
        return false;
    }
    const QByteArray ics = allDates ? events::IcsExport::futureDates(*m_shown, m_clock())
                                    : events::IcsExport::oneDate(*m_shown, m_shownDate);
    if (ics.isEmpty()) {
        m_notice->showNotice(tr("This event has no dates left to save."));
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit()) {
        m_notice->showNotice(
            tr("The calendar file could not be saved: %1").arg(file.errorString()));
        return false;
    }
    m_notice->showNotice(
        tr("Saved. Open %1 with your calendar app to add the event.").arg(shownPath(fileName)));
    return true;
}

} // namespace integreat::desktop
