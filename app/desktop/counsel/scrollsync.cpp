#include "desktop/counsel/scrollsync.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <algorithm>

namespace integreat::desktop {

ScrollSync::ScrollSync(QObject *parent)
    : QObject(parent)
{
}

ScrollSync::~ScrollSync() = default;

void ScrollSync::setPair(QTextEdit *left, QTextEdit *right)
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_left = left;
    m_right = right;
    if (!left || !right)
        return;
    m_connections << connect(left->verticalScrollBar(), &QScrollBar::valueChanged, this,
                             [this] { sync(m_left, m_right); });
    m_connections << connect(right->verticalScrollBar(), &QScrollBar::valueChanged, this,
                             [this] { sync(m_right, m_left); });
}

QList<qreal> ScrollSync::sectionStarts(const QTextDocument &document)
{
    QList<qreal> starts{0};
    const QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0) {
            const qreal top = layout->blockBoundingRect(block).top();
            if (top > starts.last())
                starts << top;
        }
    }
    return starts;
}

int ScrollSync::follow(const QList<qreal> &from, qreal fromHeight, int value,
                       const QList<qreal> &to, qreal toHeight, int toMaximum)
{
    if (from.isEmpty() || to.isEmpty())
        return 0;
    // The section `value` is in, and how far into it.
    const auto after = std::upper_bound(from.begin(), from.end(), qreal(value) + 0.5);
    const qsizetype section = std::max<qsizetype>(0, (after - from.begin()) - 1);
    const qreal start = from.at(section);
    const qreal end = section + 1 < from.size() ? from.at(section + 1) : fromHeight;
    const qreal share = end > start ? std::clamp((value - start) / (end - start), 0.0, 1.0) : 0.0;
    // The same section on the other side (its last one when it has fewer).
    const qsizetype target = std::min(section, to.size() - 1);
    const qreal toStart = to.at(target);
    const qreal toEnd = target + 1 < to.size() ? to.at(target + 1) : toHeight;
    const int position = int(toStart + share * std::max<qreal>(0, toEnd - toStart) + 0.5);
    return std::clamp(position, 0, std::max(0, toMaximum));
}

void ScrollSync::sync(QTextEdit *from, QTextEdit *to)
{
    if (m_syncing || !from || !to)
        return;
    m_syncing = true;
    const int position =
        follow(sectionStarts(*from->document()), from->document()->size().height(),
               from->verticalScrollBar()->value(), sectionStarts(*to->document()),
               to->document()->size().height(), to->verticalScrollBar()->maximum());
    to->verticalScrollBar()->setValue(position);
    m_syncing = false;
}

} // namespace integreat::desktop
