#include "desktop/common/idlemonitor.h"

#include <QTimer>

namespace integreat::desktop {

IdleMonitor::IdleMonitor(int idleMs, int countdownSeconds, QObject *parent)
    : QObject(parent)
    , m_idle(new QTimer(this))
    , m_countdown(new QTimer(this))
{
    m_idle->setSingleShot(true);
    setTimes(idleMs, countdownSeconds);
    connect(m_idle, &QTimer::timeout, this, &IdleMonitor::beginCountdown);
    connect(m_countdown, &QTimer::timeout, this, &IdleMonitor::tick);
}

void IdleMonitor::setTimes(int idleMs, int countdownSeconds, int tickMs)
{
    m_idle->setInterval(std::max(1, idleMs));
    m_countdownSeconds = std::max(1, countdownSeconds);
    m_countdown->setInterval(std::max(1, tickMs));
}

int IdleMonitor::idleMs() const
{
    return m_idle->interval();
}

bool IdleMonitor::isRunning() const
{
    return m_idle->isActive() || m_countdown->isActive();
}

void IdleMonitor::start()
{
    m_secondsLeft = 0;
    m_countdown->stop();
    m_idle->start();
}

void IdleMonitor::stop()
{
    m_secondsLeft = 0;
    m_idle->stop();
    m_countdown->stop();
}

void IdleMonitor::poke()
{
    if (!isRunning())
        return;
    const bool wasCounting = isCountingDown();
    start();
    if (wasCounting)
        emit resumed();
}

void IdleMonitor::beginCountdown()
{
    m_secondsLeft = m_countdownSeconds;
    m_countdown->start();
    emit countdownStarted(m_secondsLeft);
}

void IdleMonitor::tick()
{
    --m_secondsLeft;
    if (m_secondsLeft > 0) {
        emit countdownTick(m_secondsLeft);
        return;
    }
    stop();
    emit expired();
}

} // namespace integreat::desktop
