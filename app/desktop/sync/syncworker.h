#pragma once

#include "core/api/httpclient.h"
#include "core/model/region.h"
#include "core/sync/resourcesync.h"
#include "core/sync/syncreport.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <atomic>
#include <memory>

namespace integreat::store {
class Store;
}
namespace integreat::sync {
class SyncEngine;
}

namespace integreat::desktop {

/// Lives in SyncController's worker thread: owns that thread's Store connection, HttpClient and
/// SyncEngine (created there on first use, destroyed there when the thread ends) and runs one
/// job at a time. Every job carries a number so that cancel() also stops jobs still queued.
class SyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)

public:
    SyncWorker(const QString &dataDir, const QUrl &server, const api::HttpOptions &options);
    ~SyncWorker() override;

    /// Thread-safe: stops the running job and every job numbered up to `lastJob`.
    void cancel(quint64 lastJob);

public slots:
    void fetchRegions(quint64 job);
    /// `allowMassRemoval`: the user confirmed that the pages lists may remove most pages.
    void sync(quint64 job, const QString &region, const QStringList &languages,
              bool allowMassRemoval = false);

signals:
    void regionsFetched(quint64 job, const QList<integreat::model::Region> &regions,
                        const QString &error);
    void progress(const integreat::sync::Progress &progress);
    void resourceProgress(const integreat::sync::ResourceProgress &progress);
    void finished(quint64 job, const integreat::sync::SyncReport &report);

private:
    /// Creates the store, client and engine on first use; false (with `error`) when the store
    /// cannot be opened.
    bool ensureEngine(QString &error);
    /// Clears the client's cancel flag for `job`; false when `job` was cancelled already.
    bool begin(quint64 job);

    QString m_dataDir;
    QUrl m_server;
    api::HttpOptions m_options;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<api::HttpClient> m_http;
    std::unique_ptr<sync::SyncEngine> m_engine;
    std::atomic<api::HttpClient *> m_liveHttp{nullptr};
    std::atomic<quint64> m_cancelledUpTo{0};
};

} // namespace integreat::desktop
