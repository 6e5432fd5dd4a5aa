#include "desktop/notify/newswatchcontroller.h"

#include "core/store/store.h"
#include "desktop/common/settings.h"
#include "desktop/firstrun/demopack.h"
#include "desktop/notify/newswatchworker.h"
#include "desktop/sync/synccontroller.h"

#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

NewsWatchController::NewsWatchController(store::Store &store, SyncController &sync,
                                         Settings &settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_sync(sync)
    , m_settings(settings)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &NewsWatchController::pollNow);
    connect(&m_sync, &SyncController::finished, this, [this](const sync::SyncReport &report) {
        if (m_running && report.ok())
            pollNow();
    });
}

NewsWatchController::~NewsWatchController()
{
    if (!m_thread)
        return;
    m_worker->cancel();
    m_thread->quit();
    m_thread->wait(); // the worker was deleted in its own thread on finished()
    delete m_thread;
}

void NewsWatchController::setHttpOptions(const api::HttpOptions &options)
{
    Q_ASSERT(!m_thread);
    m_httpOptions = options;
}

void NewsWatchController::start()
{
    if (m_sync.isOffline() || m_running)
        return;
    m_running = true;
    applySettings();
    pollNow();
}

void NewsWatchController::stop()
{
    m_running = false;
    m_timer->stop();
}

void NewsWatchController::applySettings()
{
    m_timer->setInterval(m_settings.newsPollMinutes() * 60 * 1000);
    if (m_running)
        m_timer->start();
}

bool NewsWatchController::isEnabled(const store::Store &store, const Settings &settings,
                                    const QString &region, const QString &language)
{
    const auto stored = store.region(region);
    // On by default where the town has local news; not for the demo town (its news are
    // examples, nothing new ever comes).
    const bool byDefault = stored && stored->localNewsEnabled && region != DemoPack::regionSlug();
    return settings.newsNotifications(region, language, byDefault);
}

QList<model::ContentKey> NewsWatchController::watchedPairs() const
{
    QList<model::ContentKey> pairs;
    for (const model::ContentKey &key : m_store.storedContent()) {
        if (isEnabled(m_store, m_settings, key.region, key.language))
            pairs << key;
    }
    return pairs;
}

void NewsWatchController::ensureThread()
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(u"integreat-news"_s);
    m_worker = new NewsWatchWorker(m_sync.dataDir(), m_sync.server(), m_httpOptions);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &NewsWatchWorker::found, this, &NewsWatchController::newsFound);
    connect(m_worker, &NewsWatchWorker::done, this, [this](int failures, const QString &error) {
        m_polling = false;
        emit polled(failures, error);
        if (m_again && m_running) {
            m_again = false;
            pollNow();
        }
    });
    m_thread->start();
}

void NewsWatchController::pollNow()
{
    if (m_sync.isOffline() || !m_running)
        return;
    if (m_polling) {
        m_again = true;
        return;
    }
    const QList<model::ContentKey> pairs = watchedPairs();
    if (pairs.isEmpty()) {
        emit polled(0, {});
        return;
    }
    ensureThread();
    m_polling = true;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, pairs] { worker->poll(pairs); }, Qt::QueuedConnection);
}

} // namespace integreat::desktop
