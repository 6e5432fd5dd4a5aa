#include "desktop/accessibility/liveregion.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QLabel>

namespace integreat::desktop::a11y {

namespace {

constexpr char LiveProperty[] = "integreatLiveRegion";
constexpr char AnnouncementProperty[] = "integreatAnnouncement";

/// Role status bar; the name is the last announcement, else the label's text.
class LiveRegionAccessible final : public QAccessibleWidget
{
public:
    explicit LiveRegionAccessible(QLabel *label)
        : QAccessibleWidget(label, QAccessible::StatusBar)
    {
    }

    QString text(QAccessible::Text t) const override
    {
        if (t != QAccessible::Name)
            return QAccessibleWidget::text(t);
        const QString announced = widget()->property(AnnouncementProperty).toString();
        if (!announced.isEmpty())
            return announced;
        const QString name = widget()->accessibleName();
        return name.isEmpty() ? static_cast<QLabel *>(widget())->text() : name;
    }
};

} // namespace

void LiveRegion::install(QLabel *label)
{
    label->setProperty(LiveProperty, true);
    // An accessible made before (a name set while a screen reader listened) is replaced.
    QAccessibleInterface *made = QAccessible::queryAccessibleInterface(label);
    if (made && made->role() != QAccessible::StatusBar)
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(made));
}

bool LiveRegion::isLiveRegion(const QObject *object)
{
    return object && object->property(LiveProperty).toBool();
}

void LiveRegion::announce(QLabel *region, const QString &message)
{
    if (!region || message.isEmpty())
        return;
    region->setProperty(AnnouncementProperty, message);
    // Sent also when the message repeats (a second search with as many results).
    QAccessibleEvent event(region, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

QAccessibleInterface *LiveRegion::accessibleFor(QObject *object)
{
    auto *label = qobject_cast<QLabel *>(object);
    return label && isLiveRegion(label) ? new LiveRegionAccessible(label) : nullptr;
}

} // namespace integreat::desktop::a11y
