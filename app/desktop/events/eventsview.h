#pragma once

#include "core/events/clock.h"
#include "core/events/occurrence.h"
#include "core/model/event.h"
#include "desktop/pages/noticebar.h"
#include "desktop/presentation/location.h"

#include <QUrl>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

class ContentBrowser;
class FeedbackBox;
class EventList;
class LinkRouter;

/// The Events section: the list of upcoming events (grouped by day, with a date-range
/// filter) and an event's page with its dates, address, meeting link and content, and saving
/// one date or all future dates to an .ics file for a calendar app. Reads the store only.
class EventsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsView)

public:
    EventsView(const store::Store &store, const QUrl &server, QWidget *parent = nullptr);

    void setResourceDir(const QString &dir);
    /// For tests: the time the list is computed at (the system clock otherwise).
    void setClock(events::Clock clock);

    /// Shows the list of `region` in `language` (again: after a sync, a language switch).
    void showRegion(const QString &region, const QString &language);
    void refresh();
    /// Opens the event at `path` (at its next date); false when it is not stored.
    bool openEvent(const QString &path);
    void showList();

    /// Writes the shown event's date (or all its future dates) to `fileName`; false with the
    /// reason in the notice bar when it cannot.
    bool exportTo(const QString &fileName, bool allDates);

    /// The list's dates are being expanded in a worker thread (a rule may take up to
    /// Recurrence::MaxMilliseconds per event): the list shows what it showed before, or
    /// "Loading events…", until listReady().
    bool isListPending() const { return m_listPending; }
    /// The shown event's dates are being expanded in a worker thread (the same way as the
    /// list's): its page says "Loading dates…" until datesReady().
    bool isDatesPending() const { return m_datesPending; }
    /// For tests: called with the event's path in the thread that works out an event page's
    /// dates, just before it does.
    void setDatesObserver(std::function<void(const QString &path)> observer);
    EventList *list() const { return m_list; }
    ContentBrowser *browser() const { return m_browser; }
    /// "Was this page helpful?" under the item shown.
    FeedbackBox *feedbackBox() const { return m_feedback; }
    bool isShowingEvent() const { return m_shown.has_value(); }
    QString shownTitle() const { return m_shown ? m_shown->title : QString(); }
    const std::optional<model::Event> &shownEvent() const { return m_shown; }
    NoticeBar *notice() const { return m_notice; }
    LinkRouter *linkRouter() const { return m_router; }

signals:
    void titleChanged();
    /// The list shows the events of the last showRegion() / refresh() / range change.
    void listReady();
    /// The shown event's page shows its dates (worked out since openEvent()).
    void datesReady();
    /// A link in an event's content leads to a page of the local information.
    void navigate(const integreat::desktop::Location &location);
    void downloadRequested(const QString &region, const QString &language);

private:
    void reloadList();
    void renderEvent();
    void expandShownDates();
    void chooseExport(bool allDates);
    QLocale uiLocale() const;
    Qt::LayoutDirection contentDirection() const;

    const store::Store &m_store;
    events::Clock m_clock;
    QString m_region;
    QString m_language;
    QStackedWidget *m_stack;
    EventList *m_list;
    QWidget *m_page;
    QPushButton *m_back;
    QPushButton *m_saveDate;
    QPushButton *m_saveAll;
    ContentBrowser *m_browser;
    FeedbackBox *m_feedback;
    NoticeBar *m_notice;
    LinkRouter *m_router;
    std::optional<model::Event> m_shown;
    events::Occurrence m_shownDate;
    QList<events::Occurrence> m_moreDates;
    std::function<void(const QString &)> m_datesObserver;
    quint64 m_pageGeneration = 0; ///< only the shown event's newest dates are shown
    bool m_datesPending = false;
    bool m_datesKnown = false;    ///< m_shownDate and m_moreDates are the shown event's
    quint64 m_listGeneration = 0; ///< only the newest expansion is shown
    bool m_listPending = false;
};

} // namespace integreat::desktop
