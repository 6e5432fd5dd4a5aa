#pragma once

#include <QAbstractButton>
#include <QAccessibleWidget>

namespace integreat::desktop::a11y {

/// A section tab (Local information, Places, Events, News) as a page tab: role PageTab,
/// `selected` while its section is shown, and the Press/Switch action shows the section (a
/// checkable button would be a check box whose Toggle ticks without switching).
class SectionTabAccessible final : public QAccessibleWidget
{
public:
    explicit SectionTabAccessible(QAbstractButton *tab);
    Q_DISABLE_COPY_MOVE(SectionTabAccessible)

    /// The object name that marks a button as a section tab.
    static QString objectName();

    QString text(QAccessible::Text type) const override;
    QAccessible::State state() const override;
    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;

private:
    QAbstractButton *button() const;
};

} // namespace integreat::desktop::a11y
