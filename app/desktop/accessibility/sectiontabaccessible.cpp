#include "desktop/accessibility/sectiontabaccessible.h"

using namespace Qt::StringLiterals;

namespace integreat::desktop::a11y {

SectionTabAccessible::SectionTabAccessible(QAbstractButton *tab)
    : QAccessibleWidget(tab, QAccessible::PageTab)
{
}

QString SectionTabAccessible::objectName()
{
    return u"SectionTab"_s;
}

QAbstractButton *SectionTabAccessible::button() const
{
    return static_cast<QAbstractButton *>(widget());
}

QString SectionTabAccessible::text(QAccessible::Text type) const
{
    QString text = QAccessibleWidget::text(type);
    if (type == QAccessible::Name && text.isEmpty())
        text = button()->text();
    return text;
}

QAccessible::State SectionTabAccessible::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    state.checkable = false;
    state.checked = false;
    state.selectable = true;
    state.selected = button()->isChecked();
    return state;
}

QStringList SectionTabAccessible::actionNames() const
{
    return {pressAction(), setFocusAction()};
}

void SectionTabAccessible::doAction(const QString &actionName)
{
    if (actionName == pressAction())
        button()->click(); // shows the section; the bar keeps exactly one tab selected
    else
        QAccessibleWidget::doAction(actionName);
}

} // namespace integreat::desktop::a11y
