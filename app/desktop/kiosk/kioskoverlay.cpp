#include "desktop/kiosk/kioskoverlay.h"

#include <QEvent>
#include <QPainter>

namespace integreat::desktop {

KioskOverlay::KioskOverlay(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_StyledBackground);
    parent->installEventFilter(this);
    hide();
}

void KioskOverlay::popUp()
{
    setGeometry(parentWidget()->rect());
    show();
    raise();
}

QFont KioskOverlay::scaledFont(double factor, bool bold) const
{
    QFont scaled = font();
    scaled.setPointSizeF(scaled.pointSizeF() * factor);
    scaled.setBold(bold);
    return scaled;
}

void KioskOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
}

bool KioskOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace integreat::desktop
