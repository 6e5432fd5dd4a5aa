#pragma once

#include "desktop/accessibility/rangetext.h"

#include <QAccessibleActionInterface>
#include <QAccessibleInterface>

namespace integreat::desktop::a11y {

class ContentAccessible;
struct ContentNode;

/// One node of a content document's structure (heading, paragraph, list item, cell, link,
/// image ...) as an accessible object without a QObject of its own. Links offer the Press
/// action (following the link as a click does) and SetFocus (selecting it in the browser);
/// text elements offer their text with the content language.
class ContentElement final : public QAccessibleInterface,
                             public QAccessibleActionInterface,
                             public RangeText
{
public:
    ContentElement(const ContentAccessible *document, int node);
    Q_DISABLE_COPY_MOVE(ContentElement)

    int node() const { return m_node; }
    /// The heading level (1-6) of a heading, else 0.
    int headingLevel() const;
    /// A link's target as written in the page.
    QString linkTarget() const;

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QString text(QAccessible::Text type) const override;
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &actionName) const override;

protected:
    QTextBrowser *textBrowser() const override;
    int rangeStart() const override;
    int rangeEnd() const override;
    QString rangeLanguage() const override;

private:
    const ContentNode *content() const;
    bool isFocused() const;

    const ContentAccessible *m_document;
    int m_node;
};

} // namespace integreat::desktop::a11y
