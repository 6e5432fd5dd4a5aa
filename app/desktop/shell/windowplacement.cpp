#include "desktop/shell/windowplacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace integreat::desktop {

QRect WindowPlacement::firstGeometry(const QRect &available, const QSize &minimum)
{
    if (!available.isValid())
        return QRect(QPoint(0, 0), PreferredSize.expandedTo(minimum));
    const QSize share = available.size() * 0.8;
    const QSize size =
        PreferredSize.boundedTo(share).expandedTo(minimum).boundedTo(available.size());
    QRect frame(QPoint(0, 0), size);
    frame.moveCenter(available.center());
    return frame;
}

void WindowPlacement::applyFirst(QWidget &window)
{
    const QScreen *screen = window.screen() ? window.screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        window.resize(PreferredSize);
        return;
    }
    const QRect frame = firstGeometry(screen->availableGeometry(), window.minimumSize());
    window.resize(frame.size());
    window.move(frame.topLeft());
}

} // namespace integreat::desktop
