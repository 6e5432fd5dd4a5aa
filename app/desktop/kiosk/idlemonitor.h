#pragma once

#include <QObject>

class QTimer;

namespace integreat::desktop {

/// The idle clock of a kiosk session: after `idleMs` without poke() the countdown starts
/// (countdownStarted, then countdownTick each second), a poke() during it keeps the session
/// (resumed), and when it runs out expired() ends the session. The times are injectable so
/// that tests run in seconds.
class IdleMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleMonitor)

public:
    IdleMonitor(int idleMs, int countdownSeconds, QObject *parent = nullptr);

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
    int m_countdownSeconds;
    int m_secondsLeft = 0;
};

} // namespace integreat::desktop
