#include "desktop/sync/backgroundrefresher.h"

#include "core/store/store.h"
#include "desktop/sync/synccontroller.h"

#include <chrono>

namespace integreat::desktop {

BackgroundRefresher::BackgroundRefresher(store::Store &store, SyncController &sync, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_sync(sync)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { refresh(m_intervalHours * 3600ll); });
    connect(&m_sync, &SyncController::busyChanged, this, [this](bool busy) {
        if (!busy && m_active)
            QTimer::singleShot(0, this, &BackgroundRefresher::next); // after finished() is seen
    });
    connect(&m_sync, &SyncController::finished, this, &BackgroundRefresher::onFinished);
}

void BackgroundRefresher::setIntervalHours(int hours)
{
    m_intervalHours = std::max(1, hours);
    if (m_timer.isActive())
        m_timer.start(std::chrono::hours(m_intervalHours));
}

void BackgroundRefresher::start()
{
    m_timer.start(std::chrono::hours(m_intervalHours));
    refresh(StartMaxAgeSecs);
}

void BackgroundRefresher::refresh(qint64 maxAgeSecs)
{
    if (m_sync.isOffline())
        return;
    if (m_active) { // a round is running: the new one takes over what is left
        m_maxAgeSecs = std::min(m_maxAgeSecs, maxAgeSecs);
        return;
    }
    m_active = true;
    m_maxAgeSecs = maxAgeSecs;
    m_done.clear();
    next();
}

QList<model::ContentKey> BackgroundRefresher::nextStale() const
{
    // Index lookups only (storedContent, lastSync), on the GUI thread at start and every few
    // hours: status() would count every content row of every town here.
    const QDateTime now = m_clock();
    QList<model::ContentKey> stale;
    for (const model::ContentKey &key : m_store.storedContent()) {
        if (!stale.isEmpty() && stale.constFirst().region != key.region)
            break; // one town per round step
        if (m_done.contains(key.region) || m_skipped.contains(key.region))
            continue;
        const QDateTime lastSuccess = m_store.lastSync(key);
        if (!lastSuccess.isValid() || lastSuccess.secsTo(now) > m_maxAgeSecs)
            stale.append(key);
    }
    return stale;
}

void BackgroundRefresher::next()
{
    if (!m_active || !m_running.isEmpty() || m_sync.isBusy())
        return; // busyChanged(false) calls again
    const QList<model::ContentKey> stale = nextStale();
    if (stale.isEmpty()) {
        m_active = false;
        emit roundFinished(m_done);
        return;
    }
    QStringList languages;
    for (const model::ContentKey &key : stale)
        languages << key.language;
    m_running = stale.constFirst().region;
    m_done << m_running;
    m_sync.sync(m_running, languages);
}

void BackgroundRefresher::onFinished(const sync::SyncReport &report)
{
    if (!m_running.isEmpty() && report.region.compare(m_running, Qt::CaseInsensitive) == 0)
        m_running.clear();
}

} // namespace integreat::desktop
