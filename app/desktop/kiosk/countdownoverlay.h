#pragma once

#include "desktop/kiosk/kioskoverlay.h"

class QLabel;
class QPushButton;

namespace integreat::desktop {

/// "Are you still there?": shown when a kiosk session (or a session on a shared computer with
/// the automatic End session) has been idle; any touch or key keeps it.
class CountdownOverlay final : public KioskOverlay
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountdownOverlay)

public:
    /// What ends: a kiosk session (touch screen) or a counseling session on a shared computer.
    enum class Wording
    {
        Kiosk,
        SharedComputer
    };

    explicit CountdownOverlay(QWidget *parent, Wording wording = Wording::Kiosk);

    void showSeconds(int seconds);
    QPushButton *continueButton() const { return m_continue; }

private:
    QLabel *m_seconds;
    QPushButton *m_continue;
    Wording m_wording;
};

} // namespace integreat::desktop
