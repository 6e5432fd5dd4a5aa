#include "desktop/accessibility/contentaccessible.h"

#include "desktop/accessibility/contentelement.h"
#include "desktop/pages/contentbrowser.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace integreat::desktop::a11y {

ContentAccessible::ContentAccessible(ContentBrowser *browser)
    : QAccessibleWidget(browser, QAccessible::Document)
{
}

ContentAccessible::~ContentAccessible()
{
    dropElements();
}

ContentBrowser *ContentAccessible::browser() const
{
    return static_cast<ContentBrowser *>(widget());
}

QTextBrowser *ContentAccessible::textBrowser() const
{
    return isValid() ? browser() : nullptr;
}

int ContentAccessible::rangeEnd() const
{
    return isValid() ? std::max(0, browser()->document()->characterCount() - 1) : 0;
}

QString ContentAccessible::rangeLanguage() const
{
    return isValid() ? browser()->contentLanguage() : QString();
}

void *ContentAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TextInterface)
        return static_cast<QAccessibleTextInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QAccessible::State ContentAccessible::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    state.readOnly = true;
    state.multiLine = true;
    state.selectableText = true;
    return state;
}

void ContentAccessible::refresh() const
{
    if (!isValid())
        return;
    const quint64 generation = browser()->contentGeneration();
    if (m_built && generation == m_generation)
        return;
    dropElements();
    m_structure = ContentStructure::of(*browser()->document());
    m_generation = generation;
    m_built = true;
}

void ContentAccessible::dropElements() const
{
    const QHash<int, QAccessible::Id> elements = std::exchange(m_elements, {});
    for (const QAccessible::Id id : elements)
        QAccessible::deleteAccessibleInterface(id);
}

const ContentStructure &ContentAccessible::structure() const
{
    refresh();
    return m_structure;
}

QAccessibleInterface *ContentAccessible::element(int node) const
{
    refresh();
    if (node < 0 || node >= m_structure.nodes().size())
        return nullptr;
    if (const auto found = m_elements.constFind(node); found != m_elements.constEnd())
        return QAccessible::accessibleInterface(*found);
    auto *element = new ContentElement(this, node);
    m_elements.insert(node, QAccessible::registerAccessibleInterface(element));
    return element;
}

int ContentAccessible::childCount() const
{
    return int(structure().roots().size());
}

QAccessibleInterface *ContentAccessible::child(int index) const
{
    const QList<int> &roots = structure().roots();
    return index >= 0 && index < roots.size() ? element(roots.at(index)) : nullptr;
}

int ContentAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *element = dynamic_cast<const ContentElement *>(child);
    return element ? int(structure().roots().indexOf(element->node())) : -1;
}

QAccessibleInterface *ContentAccessible::childAt(int x, int y) const
{
    for (int i = 0; i < childCount(); ++i) {
        QAccessibleInterface *candidate = child(i);
        if (candidate && candidate->rect().contains(x, y))
            return candidate;
    }
    return nullptr;
}

QAccessibleInterface *ContentAccessible::focusChild() const
{
    if (!isValid() || !browser()->hasFocus() || !browser()->textCursor().hasSelection())
        return nullptr;
    const int link = structure().linkAt(browser()->textCursor().selectionStart());
    return link >= 0 ? element(link) : nullptr;
}

QRect ContentAccessible::rangeRect(int start, int end) const
{
    if (!isValid())
        return {};
    ContentBrowser *view = browser();
    QTextDocument *document = view->document();
    QRectF area;
    for (QTextBlock block = document->findBlock(start); block.isValid() && block.position() <= end;
         block = block.next()) {
        const QTextLayout *layout = block.layout();
        const QPointF origin = document->documentLayout()->blockBoundingRect(block).topLeft();
        for (int i = 0; layout && i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int lineStart = block.position() + line.textStart();
            const int lineEnd = lineStart + line.textLength();
            if (lineEnd < start || lineStart > end)
                continue;
            const qreal x1 = line.cursorToX(std::max(start, lineStart) - block.position());
            const qreal x2 = line.cursorToX(std::min(end, lineEnd) - block.position());
            const QRectF part(std::min(x1, x2), line.y(), std::max(1.0, std::abs(x2 - x1)),
                              line.height());
            area |= part.translated(origin);
        }
    }
    const QPoint scrolled(view->horizontalScrollBar()->value(), view->verticalScrollBar()->value());
    const QRect local = area.toAlignedRect().translated(-scrolled);
    return QRect(view->viewport()->mapToGlobal(local.topLeft()), local.size());
}

void ContentAccessible::notifyLinkFocus(ContentBrowser *browser)
{
    // Without assistive technology nothing listens: no structure is built for a mouse selection.
    if (!QAccessible::isActive())
        return;
    auto *document =
        dynamic_cast<ContentAccessible *>(QAccessible::queryAccessibleInterface(browser));
    if (!document)
        return;
    if (QAccessibleInterface *link = document->focusChild()) {
        QAccessibleEvent event(link, QAccessible::Focus);
        QAccessible::updateAccessibility(&event);
    }
}

} // namespace integreat::desktop::a11y
