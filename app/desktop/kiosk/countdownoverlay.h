#pragma once

#include "desktop/kiosk/kioskoverlay.h"

class QLabel;
class QPushButton;

namespace integreat::desktop {

/// "Are you still there?": shown when a kiosk session has been idle; any touch keeps it.
class CountdownOverlay final : public KioskOverlay
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountdownOverlay)

public:
    explicit CountdownOverlay(QWidget *parent);

    void showSeconds(int seconds);
    QPushButton *continueButton() const { return m_continue; }

private:
    QLabel *m_seconds;
    QPushButton *m_continue;
};

} // namespace integreat::desktop
