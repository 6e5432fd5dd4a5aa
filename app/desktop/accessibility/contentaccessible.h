#pragma once

#include "desktop/accessibility/contentstructure.h"
#include "desktop/accessibility/rangetext.h"

#include <QAccessibleWidget>
#include <QHash>

namespace integreat::desktop {
class ContentBrowser;
}

namespace integreat::desktop::a11y {

class ContentElement;

/// What assistive technology sees of a ContentBrowser: a document (with the whole text, caret
/// and the content language) whose children are the page's structure (ContentStructure):
/// headings with their level, paragraphs, lists, tables, links that can be pressed, images
/// described by their `alt`. The structure is rebuilt when the document changes.
class ContentAccessible final : public QAccessibleWidget, public RangeText
{
public:
    explicit ContentAccessible(ContentBrowser *browser);
    ~ContentAccessible() override;
    Q_DISABLE_COPY_MOVE(ContentAccessible)

    void *interface_cast(QAccessible::InterfaceType type) override;
    QAccessible::State state() const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    ContentBrowser *browser() const;
    /// The structure of the document shown now.
    const ContentStructure &structure() const;
    /// The interface of structure node `node` (created on first use, owned by Qt's cache).
    QAccessibleInterface *element(int node) const;
    /// Document position range `start`..`end` on screen (global coordinates).
    QRect rangeRect(int start, int end) const;

    /// Tells assistive technology that the link under the browser's selection has the focus
    /// (Tab between links announces each one).
    static void notifyLinkFocus(ContentBrowser *browser);

protected:
    QTextBrowser *textBrowser() const override;
    int rangeStart() const override { return 0; }
    int rangeEnd() const override;
    QString rangeLanguage() const override;

private:
    void refresh() const;
    void dropElements() const;

    mutable ContentStructure m_structure;
    mutable quint64 m_generation = 0;
    mutable bool m_built = false;
    mutable QHash<int, QAccessible::Id> m_elements;
};

} // namespace integreat::desktop::a11y
