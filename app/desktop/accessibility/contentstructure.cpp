#include "desktop/accessibility/contentstructure.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace integreat::desktop::a11y {

namespace {

/// The visible text of a document range: no object replacement characters (images), no
/// direction marks or isolates (numbers stay left to right on screen; speech needs none), one
/// space for runs of white space and separators.
QString visibleText(QString text)
{
    text.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return u == QChar::ObjectReplacementCharacter || u == 0x200E || u == 0x200F ||
               (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
    });
    return text.simplified();
}

ContentNode makeNode(QAccessible::Role role, int start = 0, int end = 0, const QString &name = {},
                     const QString &href = {})
{
    ContentNode node;
    node.role = role;
    node.start = start;
    node.end = end;
    node.name = name;
    node.href = href;
    return node;
}

} // namespace

QString imageDescription(const QTextCharFormat &format)
{
    const QString alt = format.stringProperty(QTextFormat::ImageAltText).simplified();
    return alt.isEmpty() ? format.stringProperty(QTextFormat::ImageTitle).simplified() : alt;
}

ContentStructure ContentStructure::of(const QTextDocument &document)
{
    ContentStructure structure;
    structure.addFrame(document.rootFrame(), -1);
    return structure;
}

const QList<int> &ContentStructure::childrenOf(int node) const
{
    return node < 0 ? m_roots : m_nodes.at(node).children;
}

int ContentStructure::linkAt(int position) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        const ContentNode &node = m_nodes.at(i);
        if (node.role == QAccessible::Link && node.start <= position && position < node.end)
            return i;
    }
    return -1;
}

int ContentStructure::add(ContentNode node, int parent)
{
    node.parent = parent;
    m_nodes.append(std::move(node));
    const int index = int(m_nodes.size()) - 1;
    (parent < 0 ? m_roots : m_nodes[parent].children).append(index);
    return index;
}

void ContentStructure::addFrame(QTextFrame *frame, int parent)
{
    for (QTextFrame::iterator it = frame->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *child = it.currentFrame()) {
            if (qobject_cast<QTextTable *>(child))
                addTable(child, parent);
            else
                addFrame(child, parent);
        } else if (const QTextBlock block = it.currentBlock(); block.isValid()) {
            addBlock(block, parent);
        }
    }
}

void ContentStructure::addTable(QTextFrame *frame, int parent)
{
    auto *table = qobject_cast<QTextTable *>(frame);
    const int tableNode =
        add(makeNode(QAccessible::Table, table->firstPosition(), table->lastPosition()), parent);
    for (int row = 0; row < table->rows(); ++row) {
        const int rowNode = add(makeNode(QAccessible::Row), tableNode);
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            if (cell.row() != row || cell.column() != column)
                continue; // spanned: listed once, where it starts
            ContentNode node =
                makeNode(QAccessible::Cell, cell.firstPosition(), cell.lastPosition());
            QStringList texts;
            for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
                if (const QTextBlock block = it.currentBlock(); block.isValid())
                    texts << visibleText(block.text());
            }
            node.name = texts.join(u' ').simplified();
            const int cellNode = add(std::move(node), rowNode);
            for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
                if (const QTextBlock block = it.currentBlock(); block.isValid())
                    addInline(block, cellNode);
            }
        }
        if (m_nodes.at(rowNode).children.isEmpty())
            continue;
        m_nodes[rowNode].start = m_nodes.at(m_nodes.at(rowNode).children.constFirst()).start;
        m_nodes[rowNode].end = m_nodes.at(m_nodes.at(rowNode).children.constLast()).end;
    }
}

void ContentStructure::addBlock(const QTextBlock &block, int parent)
{
    const QString text = visibleText(block.text());
    if (text.isEmpty()) {
        addInline(block, parent); // an image on its own line, or nothing
        return;
    }
    ContentNode node = makeNode(QAccessible::Paragraph, block.position(),
                                block.position() + block.length() - 1, text);
    if (const int level = block.blockFormat().headingLevel(); level > 0) {
        node.role = QAccessible::Heading;
        node.level = level;
    } else if (const QTextList *list = block.textList()) {
        node.role = QAccessible::ListItem;
        auto found = m_lists.constFind(list);
        if (found == m_lists.constEnd())
            found = m_lists.insert(list, add(makeNode(QAccessible::List), parent));
        parent = *found;
        ContentNode &listNode = m_nodes[parent];
        if (listNode.children.isEmpty())
            listNode.start = node.start;
        listNode.end = node.end;
    }
    addInline(block, add(std::move(node), parent));
}

void ContentStructure::addInline(const QTextBlock &block, int parent)
{
    int link = -1;
    for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        const int start = fragment.position();
        const int end = start + fragment.length();
        const QString href = format.isAnchor() ? format.anchorHref() : QString();
        if (href.isEmpty()) {
            link = -1;
        } else if (link < 0 || m_nodes.at(link).href != href || m_nodes.at(link).end != start) {
            link = add(makeNode(QAccessible::Link, start, end, {}, href), parent);
        } else {
            m_nodes[link].end = end;
        }
        if (link >= 0) {
            ContentNode &node = m_nodes[link];
            node.name = QString(node.name + u' ' + visibleText(fragment.text())).simplified();
        }
        if (format.isImageFormat()) {
            const QString alt = imageDescription(format);
            add(makeNode(QAccessible::Graphic, start, end, alt), link >= 0 ? link : parent);
            if (link >= 0 && m_nodes.at(link).name.isEmpty())
                m_nodes[link].name = alt; // a linked image is named by its description
        }
    }
}

} // namespace integreat::desktop::a11y
