#include "desktop/accessibility/contentelement.h"

#include "desktop/accessibility/contentaccessible.h"
#include "desktop/pages/contentbrowser.h"

#include <QTextBrowser>
#include <QTextCursor>
#include <QUrl>

namespace integreat::desktop::a11y {

ContentElement::ContentElement(const ContentAccessible *document, int node)
    : m_document(document)
    , m_node(node)
{
}

const ContentNode *ContentElement::content() const
{
    if (!m_document->isValid())
        return nullptr;
    const QList<ContentNode> &nodes = m_document->structure().nodes();
    return m_node < nodes.size() ? &nodes.at(m_node) : nullptr;
}

bool ContentElement::isValid() const
{
    return content() != nullptr;
}

int ContentElement::headingLevel() const
{
    const ContentNode *node = content();
    return node ? node->level : 0;
}

QString ContentElement::linkTarget() const
{
    const ContentNode *node = content();
    return node ? node->href : QString();
}

QWindow *ContentElement::window() const
{
    return m_document->window();
}

QAccessibleInterface *ContentElement::parent() const
{
    const ContentNode *node = content();
    if (!node || node->parent < 0)
        return const_cast<ContentAccessible *>(m_document);
    return m_document->element(node->parent);
}

QAccessibleInterface *ContentElement::child(int index) const
{
    const ContentNode *node = content();
    if (!node || index < 0 || index >= node->children.size())
        return nullptr;
    return m_document->element(node->children.at(index));
}

int ContentElement::childCount() const
{
    const ContentNode *node = content();
    return node ? int(node->children.size()) : 0;
}

int ContentElement::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *element = dynamic_cast<const ContentElement *>(child);
    const ContentNode *node = content();
    return element && node ? int(node->children.indexOf(element->node())) : -1;
}

QAccessibleInterface *ContentElement::childAt(int x, int y) const
{
    for (int i = 0; i < childCount(); ++i) {
        QAccessibleInterface *candidate = child(i);
        if (candidate && candidate->rect().contains(x, y))
            return candidate;
    }
    return nullptr;
}

QString ContentElement::text(QAccessible::Text type) const
{
    const ContentNode *node = content();
    if (!node)
        return {};
    switch (type) {
    case QAccessible::Name:
        return node->name;
    case QAccessible::Help:
        return node->role == QAccessible::Link ? node->href : QString();
    default:
        return {};
    }
}

QRect ContentElement::rect() const
{
    const ContentNode *node = content();
    return node ? m_document->rangeRect(node->start, node->end) : QRect();
}

QAccessible::Role ContentElement::role() const
{
    const ContentNode *node = content();
    return node ? node->role : QAccessible::NoRole;
}

bool ContentElement::isFocused() const
{
    const ContentNode *node = content();
    QTextBrowser *browser = textBrowser();
    if (!node || !browser || node->role != QAccessible::Link || !browser->hasFocus())
        return false;
    const QTextCursor cursor = browser->textCursor();
    return cursor.hasSelection() && cursor.selectionStart() == node->start &&
           cursor.selectionEnd() == node->end;
}

QAccessible::State ContentElement::state() const
{
    QAccessible::State state;
    const ContentNode *node = content();
    if (!node) {
        state.invalid = true;
        return state;
    }
    state.readOnly = true;
    if (node->role == QAccessible::Link) {
        state.linked = true;
        state.focusable = true;
        state.focused = isFocused();
    } else if (node->role != QAccessible::Graphic) {
        state.selectableText = true;
    }
    if (const QRect area = rect(); m_document->isValid()) {
        const QRect viewport(m_document->browser()->viewport()->mapToGlobal(QPoint()),
                             m_document->browser()->viewport()->size());
        state.offscreen = !viewport.intersects(area);
    }
    return state;
}

void *ContentElement::interface_cast(QAccessible::InterfaceType type)
{
    const ContentNode *node = content();
    if (type == QAccessible::ActionInterface && node && node->role == QAccessible::Link)
        return static_cast<QAccessibleActionInterface *>(this);
    if (type == QAccessible::TextInterface && node && node->role != QAccessible::Graphic)
        return static_cast<QAccessibleTextInterface *>(this);
    return nullptr;
}

QStringList ContentElement::actionNames() const
{
    const ContentNode *node = content();
    if (!node || node->role != QAccessible::Link)
        return {};
    return {pressAction(), setFocusAction()};
}

void ContentElement::doAction(const QString &actionName)
{
    const ContentNode *node = content();
    if (!node || node->role != QAccessible::Link)
        return;
    ContentBrowser *browser = m_document->browser();
    if (actionName == pressAction()) {
        browser->activateLink(QUrl(node->href));
    } else if (actionName == setFocusAction()) {
        QTextCursor cursor(browser->document());
        cursor.setPosition(node->start);
        cursor.setPosition(node->end, QTextCursor::KeepAnchor);
        browser->setTextCursor(cursor);
        browser->setFocus(Qt::OtherFocusReason);
    }
}

QStringList ContentElement::keyBindingsForAction(const QString &actionName) const
{
    if (actionName == pressAction())
        return {QStringLiteral("Return")};
    return {};
}

QTextBrowser *ContentElement::textBrowser() const
{
    return content() ? m_document->browser() : nullptr;
}

int ContentElement::rangeStart() const
{
    const ContentNode *node = content();
    return node ? node->start : 0;
}

int ContentElement::rangeEnd() const
{
    const ContentNode *node = content();
    return node ? node->end : 0;
}

QString ContentElement::rangeLanguage() const
{
    return m_document->isValid() ? m_document->browser()->contentLanguage() : QString();
}

} // namespace integreat::desktop::a11y
