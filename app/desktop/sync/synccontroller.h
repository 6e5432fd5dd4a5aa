#pragma once

#include "core/api/httpclient.h"
#include "core/model/region.h"
#include "core/sync/resourcesync.h"
#include "core/sync/syncreport.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QThread;

namespace integreat::desktop {

class SyncWorker;

/// The GUI's only door to the network: runs the sync engine in a worker thread (with its own
/// store connection) and reports back through signals on the GUI thread. Views never call the
/// network themselves; they read the store and listen here.
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    /// `offline`: never touches the network (every request fails at once with a clear message).
    SyncController(const QString &dataDir, const QUrl &server, bool offline,
                   QObject *parent = nullptr);
    ~SyncController() override;

    bool isOffline() const { return m_offline; }
    bool isBusy() const { return m_busy; }
    QUrl server() const { return m_server; }
    QString dataDir() const { return m_dataDir; }

    /// Timeouts and retries of the worker's HTTP client; call before the first job.
    void setHttpOptions(const api::HttpOptions &options);
    /// What every job answers in offline mode.
    static QString offlineMessage();

public slots:
    /// Loads the list of regions from the server (stored for later) -> regionsFetched().
    void fetchRegions();
    /// Syncs languages of a region (empty: all) -> progress() ... finished().
    /// `allowMassRemoval`: the user confirmed a pages list that removes most stored pages
    /// (LanguageOutcome::massRemovalRefused of an earlier sync).
    void sync(const QString &region, const QStringList &languages, bool allowMassRemoval = false);
    /// Stops the running work; the previous content stays whole.
    void cancel();
    /// Before `region` is deleted: when a sync of it is running or queued, cancels the work
    /// under way (as cancel()) and returns once those syncs have ended (the events of this thread
    /// are processed meanwhile), so that nothing of the region is written after. Returns at once
    /// when no sync of `region` is under way.
    void stopRegion(const QString &region);

signals:
    void regionsFetched(const QList<integreat::model::Region> &regions, const QString &error);
    void progress(const integreat::sync::Progress &progress);
    /// During the resource pass (images, PDFs) after the languages of a sync.
    void resourceProgress(const integreat::sync::ResourceProgress &progress);
    void finished(const integreat::sync::SyncReport &report);
    void busyChanged(bool busy);

private:
    void ensureThread();
    void jobStarted();
    void jobDone();

    QString m_dataDir;
    QUrl m_server;
    bool m_offline = false;
    bool m_busy = false;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;
    api::HttpOptions m_httpOptions;
    QHash<quint64, QString> m_syncJobs; ///< region of each sync job not answered yet
    int m_pending = 0;                  ///< jobs sent to the worker and not answered yet
    quint64 m_lastJob = 0;              ///< number of the newest job
};

} // namespace integreat::desktop
