#include "desktop/kiosk/kioskinputfilter.h"

#include "desktop/common/activityfilter.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWidget>

namespace integreat::desktop {

KioskInputFilter::KioskInputFilter(QWidget *shell)
    : QObject(shell)
    , m_shell(shell)
{
    m_clock.start();
    qApp->installEventFilter(this);
}

KioskInputFilter::~KioskInputFilter()
{
    qApp->removeEventFilter(this);
}

bool KioskInputFilter::isBlockedKey(const QKeyEvent &event)
{
    if (event.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return true;
    const int key = event.key();
    if (key >= Qt::Key_F1 && key <= Qt::Key_F35)
        return true;
    switch (key) {
    case Qt::Key_Print:
    case Qt::Key_Menu:
    case Qt::Key_Close:
    case Qt::Key_Exit:
    case Qt::Key_PowerOff:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Meta:
    case Qt::Key_Alt:
        return true;
    default:
        return false;
    }
}

void KioskInputFilter::countTap(const QPointF &globalPosition, quint64 timestamp)
{
    // One press reaches the filter once per widget it propagates to: count it once.
    if (timestamp != 0 && timestamp == m_lastTimestamp)
        return;
    m_lastTimestamp = timestamp;
    const QPoint local = m_shell->mapFromGlobal(globalPosition.toPoint());
    if (local.x() < 0 || local.y() < 0 || local.x() >= CornerSize || local.y() >= CornerSize) {
        m_taps.clear();
        return;
    }
    const qint64 now = m_clock.elapsed();
    m_taps.append(now);
    while (!m_taps.isEmpty() && now - m_taps.constFirst() > GestureMs)
        m_taps.removeFirst();
    if (m_taps.size() >= GestureTaps) {
        m_taps.clear();
        emit cornerGesture();
    }
}

bool KioskInputFilter::eventFilter(QObject *watched, QEvent *event)
{
    // Use of the kiosk as the shared computer counts it (ActivityFilter), and text from an input
    // method or the touch keyboard (sent, not spontaneous) too.
    if (ActivityFilter::isInput(event->type()) || event->type() == QEvent::InputMethod)
        emit activity();
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
    case QEvent::KeyRelease: {
        if (isBlockedKey(*static_cast<QKeyEvent *>(event))) {
            event->accept(); // taken from the shortcut map, then swallowed as a key
            return true;
        }
        return false;
    }
    case QEvent::Shortcut:
    case QEvent::ContextMenu:
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop:
        return true;
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (event->type() == QEvent::MouseButtonPress && watched->isWidgetType())
            countTap(mouse->globalPosition(), mouse->timestamp());
        return false;
    }
    case QEvent::Close:
        // The shell and anything in it (the embedded main window's Quit closes it).
        if (!m_closeAllowed && watched->isWidgetType() &&
            (watched == m_shell || m_shell->isAncestorOf(static_cast<QWidget *>(watched)))) {
            event->ignore();
            return true;
        }
        return false;
    default:
        return false;
    }
}

} // namespace integreat::desktop
