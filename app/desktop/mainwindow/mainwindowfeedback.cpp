// MainWindow's feedback part: one outbox for every section's "Was this page helpful?" box.
#include "core/feedback/feedbackoutbox.h"
#include "desktop/common/settings.h"
#include "desktop/events/eventsview.h"
#include "desktop/mainwindow/mainwindow.h"
#include "desktop/pages/feedbackbox.h"
#include "desktop/pages/localinfoview.h"
#include "desktop/places/placesview.h"
#include "desktop/sync/synccontroller.h"

#include <QNetworkAccessManager>
#include <QTimer>

namespace integreat::desktop {

void MainWindow::createFeedback()
{
    m_feedbackNetwork = std::make_unique<QNetworkAccessManager>();
    m_feedback =
        std::make_unique<feedback::FeedbackOutbox>(m_store, *m_feedbackNetwork, m_sync.server());
    m_feedback->setOffline(m_sync.isOffline());
    // A shared computer keeps what a visitor wrote in memory only (Settings → Shared computer).
    m_feedback->setKeepOnDisk(!m_settings.sharedComputer());
    setFeedbackEnabled(true);
    // Feedback given offline goes out after the next sync, and at start when there is some.
    connect(&m_sync, &SyncController::finished, m_feedback.get(), [this] { m_feedback->flush(); });
    QTimer::singleShot(0, m_feedback.get(), [this] {
        if (m_feedback->queuedCount() > 0)
            m_feedback->flush();
    });
}

void MainWindow::setFeedbackEnabled(bool enabled)
{
    for (FeedbackBox *box :
         {m_localInfo->feedbackBox(), m_events->feedbackBox(), m_placesView->feedbackBox()})
        box->setOutbox(enabled ? m_feedback.get() : nullptr);
}

} // namespace integreat::desktop
