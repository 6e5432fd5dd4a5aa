#include "desktop/sync/syncworker.h"

#include "core/paths/datapaths.h"
#include "core/store/store.h"
#include "core/sync/syncengine.h"
#include "core/sync/synclock.h"
#include "desktop/presentation/pathtext.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

SyncWorker::SyncWorker(const QString &dataDir, const QUrl &server, const api::HttpOptions &options)
    : m_dataDir(dataDir)
    , m_server(server)
    , m_options(options)
{
}

SyncWorker::~SyncWorker()
{
    m_liveHttp = nullptr;
    m_engine.reset();
    m_http.reset();
    m_store.reset();
}

void SyncWorker::cancel(quint64 lastJob)
{
    quint64 seen = m_cancelledUpTo.load();
    while (seen < lastJob && !m_cancelledUpTo.compare_exchange_weak(seen, lastJob)) {
    }
    if (api::HttpClient *http = m_liveHttp.load())
        http->cancel();
}

bool SyncWorker::ensureEngine(QString &error)
{
    if (m_engine)
        return true;
    if (!QDir().mkpath(m_dataDir)) {
        error = tr("Could not create the data folder %1.").arg(shownPath(m_dataDir));
        return false;
    }
    try {
        m_store = std::make_unique<store::Store>(paths::DataPaths(m_dataDir).storeFile());
    } catch (const store::StoreError &e) {
        error = tr("Could not open the local store: %1").arg(QString::fromUtf8(e.what()));
        return false;
    }
    m_http = std::make_unique<api::HttpClient>(m_options);
    // Cancel also ends a wait for another writer (a sync of integreat-cli).
    m_store->setCancelCheck([http = m_http.get()] { return http->isCancelled(); });
    m_engine = std::make_unique<sync::SyncEngine>(*m_store, *m_http, m_server);
    m_engine->setResourceDir(paths::DataPaths(m_dataDir).resourceDir());
    connect(m_engine.get(), &sync::SyncEngine::progress, this, &SyncWorker::progress);
    connect(m_engine.get(), &sync::SyncEngine::resourceProgress, this,
            &SyncWorker::resourceProgress);
    m_liveHttp = m_http.get();
    return true;
}

bool SyncWorker::begin(quint64 job)
{
    // Reset first, then look: a cancel() in between either sets the flag again or is seen here.
    m_http->reset();
    return job > m_cancelledUpTo.load();
}

void SyncWorker::fetchRegions(quint64 job)
{
    QString error;
    if (!ensureEngine(error)) {
        emit regionsFetched(job, {}, error);
        return;
    }
    if (!begin(job)) {
        emit regionsFetched(job, {}, tr("Cancelled."));
        return;
    }
    const sync::SyncEngine::RegionList list = m_engine->fetchRegions();
    emit regionsFetched(job, list.regions, list.error);
}

void SyncWorker::sync(quint64 job, const QString &region, const QStringList &languages,
                      bool allowMassRemoval)
{
    sync::SyncReport report;
    report.region = region;
    if (!ensureEngine(report.error)) {
        emit finished(job, report);
        return;
    }
    if (!begin(job)) {
        report.cancelled = true;
        emit finished(job, report);
        return;
    }
    // One writer per data folder: integreat-cli (cron) may be syncing the same store.
    sync::SyncLock lock(m_dataDir);
    if (!lock.tryLock()) {
        report.error = lock.error();
        report.alreadyRunning = lock.isHeldElsewhere();
        emit finished(job, report);
        return;
    }
    m_engine->setAllowMassRemoval(allowMassRemoval);
    report = m_engine->run(region, languages);
    emit finished(job, report);
}

} // namespace integreat::desktop
