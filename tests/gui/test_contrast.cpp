// Contrast of the colours each theme paints (WCAG 2.1: text ≥ 4.5:1, ≥ 7:1 in high contrast;
// focus rings, borders and controls ≥ 3:1), from the theme and the palette Qt draws with.
#include "contrastsupport.h"
#include "desktop/common/theme.h"

#include <QApplication>
#include <QPalette>
#include <catch2/catch.hpp>

using namespace integreat::desktop;
using integreat::testing::contrast;

namespace {

struct Applied
{
    explicit Applied(bool highContrast)
        : theme(Theme::make(highContrast, 100))
    {
        Theme::apply(*qApp, theme);
    }
    ~Applied() { Theme::apply(*qApp, Theme::make(false, 100)); }
    Q_DISABLE_COPY_MOVE(Applied)
    Theme theme;
};

} // namespace

TEST_CASE("Both themes keep text, focus rings and control edges readable")
{
    for (const bool highContrast : {false, true}) {
        INFO((highContrast ? "high contrast" : "light"));
        Applied applied(highContrast);
        const Theme &t = applied.theme;
        const double textMinimum = highContrast ? 7.0 : 4.5;
        for (const QColor &background : {t.surface, t.window}) {
            CHECK(contrast(t.text, background) >= textMinimum);
            CHECK(contrast(t.textMuted, background) >= 4.5);
            // Focus rings and selections are drawn in the accent colour.
            CHECK(contrast(t.accent, background) >= 3.0);
            // Edges of fields, check boxes, lists and the map's buttons.
            CHECK(contrast(t.controlEdge(), background) >= 3.0);
        }
        CHECK(contrast(t.accentText, t.accent) >= 4.5);
        const QPalette palette = QApplication::palette();
        CHECK(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >=
              textMinimum);
        CHECK(contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >=
              textMinimum);
        CHECK(contrast(palette.color(QPalette::ButtonText), palette.color(QPalette::Button)) >=
              textMinimum);
        CHECK(contrast(palette.color(QPalette::HighlightedText),
                       palette.color(QPalette::Highlight)) >= 4.5);
        // The search field's placeholder is text too (also in the light theme).
        CHECK(contrast(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Base)) >=
              4.5);
        // Edges of fields, check boxes and buttons: non-text contrast.
        if (highContrast)
            CHECK(contrast(t.border, t.surface) >= 3.0);
    }
}
