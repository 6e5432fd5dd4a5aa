#pragma once

#include <QRect>
#include <QSize>

class QWidget;

namespace integreat::desktop {

/// Where the first window goes when no geometry is saved: about 1100×750, or 80 % of the
/// screen's available area when that is smaller, centred on it.
class WindowPlacement final
{
public:
    WindowPlacement() = delete;

    static constexpr QSize PreferredSize{1100, 750};

    /// The window's frame rectangle on a screen whose free area is `available`; never below
    /// `minimum` unless the screen itself is smaller.
    static QRect firstGeometry(const QRect &available, const QSize &minimum = {});
    /// Resizes and centres `window` on its screen (the primary one when it has none yet).
    static void applyFirst(QWidget &window);
};

} // namespace integreat::desktop
