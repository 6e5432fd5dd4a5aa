#pragma once

#include <QObject>

class QTimer;

namespace integreat::desktop {

/// The idle clock of a session (the kiosk's, and a shared computer's automatic End session):
/// after `idleMs` without poke() the countdown starts (countdownStarted, then countdownTick
/// each second), a poke() during it keeps the session (resumed), and when it runs out
/// expired() ends the session. The times, and the length of a countdown "second", are
/// injectable so that tests run without waiting.
class IdleMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleMonitor)

public:
    IdleMonitor(int idleMs, int countdownSeconds, QObject *parent = nullptr);

    /// New times (they apply from the next start()); `tickMs` is the length of one countdown
    /// second (1000 outside tests).
    void setTimes(int idleMs, int countdownSeconds, int tickMs = 1000);
    int idleMs() const;

    void start();
    void stop();
    /// Input happened: restart the idle time (and end a countdown).
    void poke();
    bool isCountingDown() const { return m_secondsLeft > 0; }
    bool isRunning() const;
    int secondsLeft() const { return m_secondsLeft; }

signals:
    void countdownStarted(int seconds);
    void countdownTick(int secondsLeft);
    void resumed();
    void expired();

private:
    void beginCountdown();
    void tick();

    QTimer *m_idle;
    QTimer *m_countdown;
    int m_countdownSeconds = 1;
    int m_secondsLeft = 0;
};

} // namespace integreat::desktop
