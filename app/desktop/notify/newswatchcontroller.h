#pragma once

#include "core/api/httpclient.h"
#include "core/model/contentkey.h"

#include <QObject>
#include <QStringList>

class QThread;
class QTimer;

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

class NewsWatchWorker;
class Settings;
class SyncController;

/// Watches the local news of every saved (region, language) whose notifications are on: polls
/// in a worker thread (its own store connection and HTTP client; never on the GUI thread)
/// every Settings::newsPollMinutes() while running and after each successful sync, and reports
/// new items on the GUI thread. Inert until start(); never polls in offline mode.
class NewsWatchController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewsWatchController)

public:
    NewsWatchController(store::Store &store, SyncController &sync, Settings &settings,
                        QObject *parent = nullptr);
    ~NewsWatchController() override;

    /// Timeouts and retries of the worker's HTTP client; call before the first poll.
    void setHttpOptions(const api::HttpOptions &options);
    /// Polls now (the baseline on first use) and then on the timer.
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    bool isPolling() const { return m_polling; }
    /// Re-reads the poll interval.
    void applySettings();
    /// The (region, language) pairs a poll covers now.
    QList<model::ContentKey> watchedPairs() const;
    /// Whether notifications are on for a pair (default: on where the region has local news).
    static bool isEnabled(const store::Store &store, const Settings &settings,
                          const QString &region, const QString &language);

public slots:
    /// Polls the watched pairs now (once the running poll is over, if one runs).
    void pollNow();

signals:
    void newsFound(const QString &region, const QString &language, const QStringList &ids,
                   const QStringList &titles);
    /// A poll round is over (also one that failed: `failures` > 0).
    void polled(int failures, const QString &error);

private:
    void ensureThread();

    store::Store &m_store;
    SyncController &m_sync;
    Settings &m_settings;
    api::HttpOptions m_httpOptions;
    QTimer *m_timer;
    QThread *m_thread = nullptr;
    NewsWatchWorker *m_worker = nullptr;
    bool m_running = false;
    bool m_polling = false;
    bool m_again = false; ///< pollNow() while a poll ran
};

} // namespace integreat::desktop
