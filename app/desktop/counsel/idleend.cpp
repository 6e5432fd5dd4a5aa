#include "desktop/counsel/idleend.h"

#include "desktop/common/activityfilter.h"
#include "desktop/common/idlemonitor.h"
#include "desktop/counsel/endsession.h"
#include "desktop/kiosk/countdownoverlay.h"

#include <QWidget>
#include <utility>

namespace integreat::desktop {

IdleEnd::IdleEnd(QWidget *window, EndSession *endSession)
    : QObject(window)
    , m_window(window)
    , m_endSession(endSession)
    , m_monitor(new IdleMonitor(60 * 1000, CountdownSeconds, this))
{
    connect(m_monitor, &IdleMonitor::countdownStarted, this, &IdleEnd::showCountdown);
    connect(m_monitor, &IdleMonitor::countdownTick, this, &IdleEnd::showCountdown);
    connect(m_monitor, &IdleMonitor::resumed, this, [this] {
        if (m_countdown)
            m_countdown->hide();
    });
    connect(m_monitor, &IdleMonitor::expired, this, &IdleEnd::onExpired);
}

IdleEnd::~IdleEnd() = default;

CountdownOverlay *IdleEnd::countdown() const
{
    return m_countdown;
}

void IdleEnd::setMinutes(int minutes)
{
    m_enabled = minutes > 0;
    m_monitor->stop();
    if (m_countdown)
        m_countdown->hide();
    // The application-wide filter only while the automatic end is on (most computers never).
    if (!m_enabled) {
        delete std::exchange(m_activity, nullptr);
        return;
    }
    if (!m_activity) {
        m_activity = new ActivityFilter(this);
        connect(m_activity, &ActivityFilter::activity, this, &IdleEnd::onActivity);
    }
    m_monitor->setTimes(minutes * 60 * 1000, CountdownSeconds);
    m_monitor->start();
}

void IdleEnd::onActivity()
{
    if (!m_enabled)
        return;
    if (m_monitor->isRunning())
        m_monitor->poke();
    else
        m_monitor->start(); // the first use after an ended session
}

void IdleEnd::showCountdown(int seconds)
{
    if (!m_countdown)
        m_countdown = new CountdownOverlay(m_window, CountdownOverlay::Wording::SharedComputer);
    m_countdown->showSeconds(seconds);
}

void IdleEnd::onExpired()
{
    if (m_countdown)
        m_countdown->hide();
    m_endSession->end();
}

} // namespace integreat::desktop
