#include "desktop/accessibility/accessibility.h"

#include "desktop/accessibility/contentaccessible.h"
#include "desktop/accessibility/liveregion.h"
#include "desktop/accessibility/sectiontabaccessible.h"
#include "desktop/pages/contentbrowser.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleWidget>

namespace integreat::desktop::a11y {

namespace {

QAccessibleInterface *createInterface(const QString &className, QObject *object)
{
    Q_UNUSED(className)
    if (auto *browser = qobject_cast<ContentBrowser *>(object))
        return new ContentAccessible(browser);
    if (object->objectName() == SectionTabAccessible::objectName()) {
        if (auto *tab = qobject_cast<QAbstractButton *>(object))
            return new SectionTabAccessible(tab);
    }
    if (QAccessibleInterface *live = LiveRegion::accessibleFor(object))
        return live;
    if (object->objectName() == u"SectionBar" && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::PageTabList);
    return nullptr;
}

} // namespace

void installAccessibility()
{
    static bool installed = false;
    if (std::exchange(installed, true))
        return;
    QAccessible::installFactory(createInterface);
}

} // namespace integreat::desktop::a11y
