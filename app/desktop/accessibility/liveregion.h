#pragma once

#include <QString>

class QAccessibleInterface;
class QLabel;
class QObject;

namespace integreat::desktop::a11y {

/// A label that tells screen readers about changes the user did not ask for by moving the
/// focus ("12 results", "Updating the pages (3 of 12)", "Update failed"): ARIA's role="status".
/// Qt 6.4 has no announcement event (QAccessibleAnnouncementEvent came with 6.8), so a live
/// region is a status-bar accessible whose name is the last announcement; announce() changes
/// the name and sends NameChanged, which the AT-SPI bridge passes on as
/// object:property-change:accessible-name.
class LiveRegion final
{
public:
    /// Makes `label` a live region. Call before the label is first shown.
    static void install(QLabel *label);
    static bool isLiveRegion(const QObject *object);
    /// Says `message` through `region` (a label passed to install()).
    static void announce(QLabel *region, const QString &message);
    /// The accessible of a live region (for the accessibility factory).
    static QAccessibleInterface *accessibleFor(QObject *object);
};

} // namespace integreat::desktop::a11y
