#include "desktop/mainwindow/scrollkeeper.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextDocument>
#include <QTextEdit>

namespace integreat::desktop {

ScrollKeeper::ScrollKeeper(const QWidget *root)
{
    for (QAbstractScrollArea *area : root->findChildren<QAbstractScrollArea *>())
        m_entries.append(
            {area, area->horizontalScrollBar()->value(), area->verticalScrollBar()->value()});
}

void ScrollKeeper::restore() const
{
    for (const Entry &entry : m_entries) {
        QAbstractScrollArea *area = entry.area;
        if (!area)
            continue;
        if (auto *view = qobject_cast<QAbstractItemView *>(area))
            view->doItemsLayout();
        else if (auto *text = qobject_cast<QTextEdit *>(area))
            text->document()->size(); // lays the document out: the scroll range is known
        else if (auto *scroll = qobject_cast<QScrollArea *>(area);
                 scroll && scroll->widget() && scroll->widget()->layout())
            scroll->widget()->layout()->activate();
        area->horizontalScrollBar()->setValue(entry.horizontal);
        area->verticalScrollBar()->setValue(entry.vertical);
    }
}

} // namespace integreat::desktop
