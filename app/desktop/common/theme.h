#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class QApplication;

namespace integreat::desktop {

/// The look of the app: a calm light theme or a high-contrast one, and the text size (75–200 %
/// of normal for UI and content). apply() sets the application's palette, font and style
/// sheet; views read current() when they build content HTML or paint.
class Theme final
{
public:
    enum class FontRole
    {
        Body,
        Small,
        Button,
        Title,
        Heading,
        RegionName
    };

    bool highContrast = false;
    int textScale = 100;

    QColor window;     ///< behind everything
    QColor surface;    ///< cards, header, reading area
    QColor surfaceAlt; ///< hover, subtle fills
    QColor text;
    QColor textMuted; ///< secondary text (still ≥ 4.5:1 on surface)
    QColor border;
    QColor accent;     ///< links, focus ring, selected items
    QColor accentText; ///< text on the accent colour
    QColor brand;      ///< Integreat yellow (logo, small marks)
    QColor notice;     ///< info banner background
    QColor highlight;  ///< search match background

    /// Width of the focus ring of fields, lists, check boxes and sliders (both themes).
    static constexpr int FieldFocusWidth = 3;

    /// Edges of fields, check boxes, lists and map buttons: ≥ 3:1 on surface and window.
    QColor controlEdge() const;

    static Theme make(bool highContrast, int textScale);
    static const Theme &current();
    /// Installs `theme` as current and applies it to the application.
    static void apply(QApplication &app, const Theme &theme);

    /// Point size of a role at the current text scale.
    qreal pointSize(FontRole role) const;
    /// An icon edge (in device-independent pixels) for `base` at normal size, scaled with the text.
    int iconSize(int base) const { return qRound(base * textScale / 100.0); }
    QFont font(FontRole role) const;
    /// The document default style sheet for content (QTextDocument CSS subset).
    QString contentStyleSheet() const;

private:
    QString styleSheet() const;
};

} // namespace integreat::desktop
