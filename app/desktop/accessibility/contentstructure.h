#pragma once

#include <QAccessible>
#include <QHash>
#include <QList>
#include <QString>

class QTextBlock;
class QTextCharFormat;
class QTextDocument;
class QTextFrame;
class QTextList;

namespace integreat::desktop::a11y {

/// One element of a content document as assistive technology sees it: a heading, paragraph,
/// list, list item, table, row or cell, or inside them a link or an image. `start`/`end` are
/// document positions (end exclusive).
struct ContentNode
{
    QAccessible::Role role = QAccessible::Paragraph;
    int level = 0; ///< heading level 1-6
    int start = 0;
    int end = 0;
    QString name; ///< the visible text; a link's text (or its image's alt); an image's alt
    QString href; ///< links only
    int parent = -1;
    QList<int> children;
};

/// What an image says: its `alt` text, else its title, else nothing.
QString imageDescription(const QTextCharFormat &format);

/// The structure of a QTextDocument built from Qt's HTML import: block formats give headings
/// and lists, frames give tables, character formats give links and images (with `alt`).
/// Blocks without visible text (an image on its own, a rule) add only what they hold.
class ContentStructure final
{
public:
    static ContentStructure of(const QTextDocument &document);

    const QList<ContentNode> &nodes() const { return m_nodes; }
    const QList<int> &roots() const { return m_roots; }
    /// Children of `node` (-1: the document).
    const QList<int> &childrenOf(int node) const;
    /// The innermost link holding document position `position`, or -1.
    int linkAt(int position) const;

private:
    int add(ContentNode node, int parent);
    void addFrame(QTextFrame *frame, int parent);
    void addTable(QTextFrame *frame, int parent);
    void addBlock(const QTextBlock &block, int parent);
    void addInline(const QTextBlock &block, int parent);

    QList<ContentNode> m_nodes;
    QList<int> m_roots;
    QHash<const QTextList *, int> m_lists;
};

} // namespace integreat::desktop::a11y
