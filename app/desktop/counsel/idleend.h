#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace integreat::desktop {

class ActivityFilter;
class CountdownOverlay;
class EndSession;
class IdleMonitor;

/// The automatic End session of a shared computer (Settings → Shared computer): after N minutes
/// without use the kiosk's "Are you still there?" countdown covers the window; any key, click
/// or mouse move keeps the session, else it ends (without asking: nobody is there). After
/// that the clock waits for the next use, so an unused computer is not counted down again.
class IdleEnd final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleEnd)

public:
    static constexpr int CountdownSeconds = 30;

    IdleEnd(QWidget *window, EndSession *endSession);
    ~IdleEnd() override;

    /// Minutes without use before the countdown; 0 switches the automatic end off.
    void setMinutes(int minutes);
    bool isEnabled() const { return m_enabled; }
    /// The idle clock (tests give it short times).
    IdleMonitor *monitor() const { return m_monitor; }
    /// The countdown while it exists.
    CountdownOverlay *countdown() const;

private:
    void onActivity();
    void showCountdown(int seconds);
    void onExpired();

    QWidget *m_window;
    EndSession *m_endSession;
    IdleMonitor *m_monitor;
    ActivityFilter *m_activity = nullptr; ///< installed only while the automatic end is on
    QPointer<CountdownOverlay> m_countdown;
    bool m_enabled = false;
};

} // namespace integreat::desktop
