#pragma once

#include <QLayout>
#include <QWidget>

namespace integreat::desktop::a11y {

/// Puts the widgets of `layout` into the Tab order right after `container` itself, in layout
/// order. Widgets created after the window (section tabs, breadcrumbs) otherwise join the end
/// of the window's focus chain: Tab would reach them only after the content.
inline void chainFocusAfter(QWidget *container, const QLayout *layout)
{
    // Qt places a widget after a focusable one reliably: start at the last focusable widget
    // before the container in the chain (the header's last button, Forward ...).
    QWidget *previous = container->previousInFocusChain();
    while (previous != container &&
           (container->isAncestorOf(previous) || !(previous->focusPolicy() & Qt::TabFocus)))
        previous = previous->previousInFocusChain();
    for (int i = 0; i < layout->count(); ++i) {
        QWidget *widget = layout->itemAt(i)->widget();
        if (!widget || widget->focusPolicy() == Qt::NoFocus)
            continue;
        if (previous != container)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

} // namespace integreat::desktop::a11y
