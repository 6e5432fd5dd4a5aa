#include "desktop/common/activityfilter.h"

#include <QCoreApplication>
#include <QEvent>

namespace integreat::desktop {

ActivityFilter::ActivityFilter(QObject *parent)
    : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

ActivityFilter::~ActivityFilter()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

bool ActivityFilter::isInput(int type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

bool ActivityFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->spontaneous() && isInput(event->type()))
        emit activity();
    return QObject::eventFilter(watched, event);
}

} // namespace integreat::desktop
