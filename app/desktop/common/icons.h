#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace integreat::desktop {

/// The app's line icons (resources/icons/*.svg, drawn with `currentColor`), tinted at paint
/// time so they follow the theme (high contrast too) and sharp at any size.
class Icons final
{
public:
    /// `name` without folder or extension ("search"). `mirrored` flips it left-right (arrows in
    /// right-to-left layouts). An invalid colour means the theme's text colour.
    static QIcon icon(const QString &name, const QColor &color = {}, bool mirrored = false);
    /// The application icon (full colour).
    static QIcon appIcon();
};

} // namespace integreat::desktop
