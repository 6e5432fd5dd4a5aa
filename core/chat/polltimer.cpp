#include "core/chat/polltimer.h"

namespace integreat::chat {

PollTimer::PollTimer(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PollTimer::timeout);
}

PollTimer::~PollTimer() = default;

void PollTimer::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
}

void PollTimer::stop()
{
    m_timer.stop();
}

bool PollTimer::isActive() const
{
    return m_timer.isActive();
}

} // namespace integreat::chat
