#pragma once

#include "desktop/print/handoutloader.h"

#include <QObject>
#include <QString>
#include <exception>
#include <functional>

class QAction;
class QWidget;

namespace integreat::store {
class Store;
}

namespace integreat::print {

/// "Print…" and "Save as PDF…" for what is shown: the current route (region, language, path of
/// a page, place or event; or the events list, which prints this week's events and says so in
/// the actions' names, and offers next week's too) and, when side by side is on, a second
/// language. The shell updates the
/// route; the actions are disabled while there is nothing printable, and while this week's
/// events are being worked out (off the GUI thread: each event's dates in the week) for a press
/// of one of them, so that a second press does not print twice.
class PrintActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintActions)

public:
    PrintActions(const store::Store &store, const QString &resourceDir, QWidget *parent);
    ~PrintActions() override;

    void setRoute(const QString &region, const QString &language, const QString &path);
    /// The events list is shown: the actions print this week's events (the 7 days from today),
    /// the next-week actions (shown only now) the 7 days after.
    void setWeek(const QString &region, const QString &language);
    void setSecondLanguage(const QString &language);

    QAction *printAction() const { return m_print; }
    QAction *savePdfAction() const { return m_savePdf; }
    QAction *printNextWeekAction() const { return m_printNext; }
    QAction *savePdfNextWeekAction() const { return m_savePdfNext; }

    /// Writes the handout of the current route to `fileName`, then calls `done` with an empty
    /// string on success, else the sentence the user sees (this week's events later, when
    /// their dates are worked out; nothing when a handout is still loading or the actions are
    /// gone by then). `weeksAhead` 1: on the events list, next week's events.
    void savePdf(const QString &fileName, std::function<void(const QString &error)> done,
                 int weeksAhead = 0);
    /// True while this week's events are worked out for a press of Print… or Save as PDF….
    bool isLoading() const { return m_loading; }
    /// Called in the thread that works out this week's events (for tests).
    void setWeekObserver(std::function<void()> observer) { m_weekObserver = std::move(observer); }

private:
    void print(int weeksAhead);
    void askAndSavePdf(int weeksAhead);
    void showError(const QString &message) const;
    /// Gives the handout of the current route to `use` in the GUI thread: an item's at once,
    /// this week's events once worked out off the GUI thread (the actions disabled meanwhile).
    void withHandout(int weeksAhead, std::function<void(const HandoutLoader::Result &)> use);
    HandoutLoader::Result storeError(const std::exception &error) const;
    void update();

    const store::Store &m_store;
    QWidget *m_parent;
    HandoutRequest m_request;
    QAction *m_print;
    QAction *m_savePdf;
    QAction *m_printNext;
    QAction *m_savePdfNext;
    bool m_loading = false;
    std::function<void()> m_weekObserver;
};

} // namespace integreat::print
