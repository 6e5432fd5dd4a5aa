#pragma once

#include "desktop/print/handoutloader.h"

#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace integreat::store {
class Store;
}

namespace integreat::print {

/// "Print…" and "Save as PDF…" for what is shown: the current route (region, language, path of
/// a page, place or event; or the events list, which prints this week's events and says so in
/// the actions' names) and, when side by side is on, a second language. The shell updates the
/// route; the actions are disabled while there is nothing printable.
class PrintActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintActions)

public:
    PrintActions(const store::Store &store, const QString &resourceDir, QWidget *parent);
    ~PrintActions() override;

    void setRoute(const QString &region, const QString &language, const QString &path);
    /// The events list is shown: the actions print this week's events (from today).
    void setWeek(const QString &region, const QString &language);
    void setSecondLanguage(const QString &language);

    QAction *printAction() const { return m_print; }
    QAction *savePdfAction() const { return m_savePdf; }

    /// Writes the handout of the current route to `fileName`; empty on success, else the
    /// sentence the user sees.
    QString savePdf(const QString &fileName) const;

private:
    void print();
    void askAndSavePdf();
    void showError(const QString &message) const;
    HandoutLoader::Result load() const;
    void update();

    const store::Store &m_store;
    QWidget *m_parent;
    HandoutRequest m_request;
    QAction *m_print;
    QAction *m_savePdf;
};

} // namespace integreat::print
