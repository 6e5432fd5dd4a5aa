#include "desktop/kiosk/touchstyle.h"

#include <QApplication>

namespace integreat::desktop {

namespace {
// A line edit makes its icon buttons (small icon size + 6) × (small icon size + 2) px.
constexpr int SideIconSize = 42;
} // namespace

TouchStyle::TouchStyle()
    : QProxyStyle(QApplication::style()->name())
{
}

int TouchStyle::pixelMetric(PixelMetric metric, const QStyleOption *option,
                            const QWidget *widget) const
{
    if (metric == PM_SmallIconSize)
        return SideIconSize;
    return QProxyStyle::pixelMetric(metric, option, widget);
}

} // namespace integreat::desktop
