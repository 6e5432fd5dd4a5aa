#include "desktop/common/activatinglistview.h"

#include <QKeyEvent>

namespace integreat::desktop {

void ActivatingListView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier &&
        current.isValid() && (current.flags() & Qt::ItemIsSelectable) && state() != EditingState) {
        emit activated(current);
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

} // namespace integreat::desktop
