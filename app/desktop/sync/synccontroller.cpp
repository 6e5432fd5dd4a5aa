#include "desktop/sync/synccontroller.h"

#include "desktop/sync/syncworker.h"

#include <QEventLoop>
#include <QMetaType>
#include <QThread>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {
void registerMetaTypes()
{
    qRegisterMetaType<integreat::sync::Progress>("integreat::sync::Progress");
    qRegisterMetaType<integreat::sync::SyncReport>("integreat::sync::SyncReport");
    qRegisterMetaType<integreat::sync::ResourceProgress>("integreat::sync::ResourceProgress");
    qRegisterMetaType<QList<integreat::model::Region>>("QList<integreat::model::Region>");
}
} // namespace

SyncController::SyncController(const QString &dataDir, const QUrl &server, bool offline,
                               QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_server(server)
    , m_offline(offline)
{
    registerMetaTypes();
}

SyncController::~SyncController()
{
    if (!m_thread)
        return;
    m_worker->cancel(m_lastJob);
    m_thread->quit();
    m_thread->wait();
    // The worker (and its store, client and engine) was deleted in its own thread on finished().
    delete m_thread;
}

QString SyncController::offlineMessage()
{
    return tr("Offline mode: no network is used.");
}

void SyncController::setHttpOptions(const api::HttpOptions &options)
{
    Q_ASSERT(!m_thread); // takes effect only before the first job
    m_httpOptions = options;
}

void SyncController::ensureThread()
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(u"integreat-sync"_s);
    m_worker = new SyncWorker(m_dataDir, m_server, m_httpOptions);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::regionsFetched, this,
            [this](quint64, const QList<model::Region> &regions, const QString &error) {
                jobDone();
                emit regionsFetched(regions, error);
            });
    connect(m_worker, &SyncWorker::finished, this,
            [this](quint64 job, const sync::SyncReport &report) {
                m_syncJobs.remove(job);
                jobDone();
                emit finished(report);
            });
    connect(m_worker, &SyncWorker::progress, this, &SyncController::progress);
    connect(m_worker, &SyncWorker::resourceProgress, this, &SyncController::resourceProgress);
    m_thread->start();
}

void SyncController::jobStarted()
{
    ++m_pending;
    if (!m_busy) {
        m_busy = true;
        emit busyChanged(true);
    }
}

void SyncController::jobDone()
{
    if (m_pending > 0)
        --m_pending;
    if (m_pending == 0 && m_busy) {
        m_busy = false;
        emit busyChanged(false);
    }
}

void SyncController::fetchRegions()
{
    if (m_offline) {
        QTimer::singleShot(0, this, [this] { emit regionsFetched({}, offlineMessage()); });
        return;
    }
    ensureThread();
    jobStarted();
    const quint64 job = ++m_lastJob;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job] { worker->fetchRegions(job); }, Qt::QueuedConnection);
}

void SyncController::sync(const QString &region, const QStringList &languages,
                          bool allowMassRemoval)
{
    if (m_offline) {
        QTimer::singleShot(0, this, [this, region] {
            sync::SyncReport report;
            report.region = region;
            report.error = offlineMessage();
            emit finished(report);
        });
        return;
    }
    ensureThread();
    jobStarted();
    const quint64 job = ++m_lastJob;
    m_syncJobs.insert(job, region);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, job, region, languages, allowMassRemoval] {
            worker->sync(job, region, languages, allowMassRemoval);
        },
        Qt::QueuedConnection);
}

void SyncController::cancel()
{
    if (m_worker)
        m_worker->cancel(m_lastJob);
}

void SyncController::stopRegion(const QString &region)
{
    const auto running = [this, &region] {
        return std::any_of(m_syncJobs.cbegin(), m_syncJobs.cend(),
                           [&region](const QString &job) { return job == region; });
    };
    if (!running())
        return;
    QEventLoop loop;
    const QMetaObject::Connection done = connect(this, &SyncController::finished, &loop, [&] {
        if (!running())
            loop.quit();
    });
    cancel();
    if (running())
        loop.exec();
    disconnect(done);
}

} // namespace integreat::desktop
