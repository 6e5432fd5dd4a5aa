#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>

class QKeyEvent;
class QWidget;

namespace integreat::desktop {

/// The kiosk's lock, as an event filter on the whole application: shortcuts (anything with
/// Ctrl, Alt or Meta, function keys: Ctrl+Q, Alt+F4, Ctrl+,, F11, printing …), context
/// menus, drag and drop and closing the window do nothing. Every input counts as activity
/// (the idle timer), and five taps in the top-left corner of `shell` within 3 seconds are the
/// hidden gesture that asks for the PIN.
class KioskInputFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskInputFilter)

public:
    static constexpr int CornerSize = 80;
    static constexpr int GestureTaps = 5;
    static constexpr int GestureMs = 3000;

    explicit KioskInputFilter(QWidget *shell);
    ~KioskInputFilter() override;

    /// Lets the shell close (after the PIN: "Exit kiosk").
    void setCloseAllowed(bool allowed) { m_closeAllowed = allowed; }
    static bool isBlockedKey(const QKeyEvent &event);

signals:
    void activity();
    void cornerGesture();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void countTap(const QPointF &globalPosition, quint64 timestamp);

    QWidget *m_shell;
    bool m_closeAllowed = false;
    QElapsedTimer m_clock;
    QList<qint64> m_taps;
    quint64 m_lastTimestamp = 0;
};

} // namespace integreat::desktop
