#pragma once

#include "desktop/common/theme.h"

#include <QApplication>

namespace integreat::testing {

/// The app's theme at a text size (and high contrast) while it lives; the default theme after.
struct ThemeScope
{
    explicit ThemeScope(int scale, bool highContrast = false)
    {
        desktop::Theme::apply(*qApp, desktop::Theme::make(highContrast, scale));
    }
    ~ThemeScope() { desktop::Theme::apply(*qApp, desktop::Theme::make(false, 100)); }
    Q_DISABLE_COPY_MOVE(ThemeScope)
};

} // namespace integreat::testing
