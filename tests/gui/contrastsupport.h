#pragma once

// WCAG 2.1 contrast, computed from colours and from the pixels of rendered widgets.
#include <QColor>
#include <QHash>
#include <QImage>
#include <QList>
#include <QRect>
#include <QWidget>
#include <algorithm>
#include <cmath>

namespace integreat::testing {

/// Relative luminance (WCAG 2.1, sRGB).
inline double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

/// The contrast ratio of two colours, 1 … 21.
inline double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// `widget` as the user sees it: the window's pixels under it (a transparent widget shows its
/// parent's background), device pixel ratio 1.
inline QImage grabbed(QWidget *widget)
{
    QWidget *window = widget->window();
    const QRect area(widget->mapTo(window, QPoint(0, 0)), widget->size());
    return window->grab(area).toImage().convertToFormat(QImage::Format_RGB32);
}

/// The most frequent colour of `image` inside `area` (the background of text drawn there).
inline QColor dominantColour(const QImage &image, const QRect &area)
{
    QHash<QRgb, int> counts;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return QColor::fromRgb(best);
}

/// The strongest contrast against `background` of a pixel in `area`: the colour of text or a
/// line drawn there (its antialiased edges are lighter; its core has the drawn colour).
inline double strongestContrast(const QImage &image, const QRect &area, const QColor &background)
{
    double best = 1.0;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            best = std::max(best, contrast(QColor::fromRgb(image.pixel(x, y)), background));
    }
    return best;
}

/// The words painted on a single-colour `background` in `image`: boxes of pixels that differ
/// from it, one per run of columns within a text line (gaps of `gap` px or more split them).
inline QList<QRect> inkRuns(const QImage &image, const QColor &background, int gap = 4)
{
    const QRgb bg = background.rgb();
    const auto ink = [&](int x, int y) {
        return contrast(QColor::fromRgb(image.pixel(x, y)), background) > 1.15 &&
               image.pixel(x, y) != bg;
    };
    QList<QRect> runs;
    int y = 0;
    while (y < image.height()) {
        int top = y;
        const auto rowHasInk = [&](int row) {
            for (int x = 0; x < image.width(); ++x) {
                if (ink(x, row))
                    return true;
            }
            return false;
        };
        while (top < image.height() && !rowHasInk(top))
            ++top;
        int bottom = top;
        while (bottom < image.height() && rowHasInk(bottom))
            ++bottom;
        if (top >= image.height())
            break;
        int blank = gap;
        int left = -1;
        for (int x = 0; x <= image.width(); ++x) {
            bool column = false;
            for (int row = top; x < image.width() && row < bottom && !column; ++row)
                column = ink(x, row);
            if (column) {
                if (left < 0)
                    left = x;
                blank = 0;
            } else if (left >= 0 && ++blank >= gap) {
                runs.append(QRect(QPoint(left, top), QPoint(x - blank, bottom - 1)));
                left = -1;
            }
        }
        y = bottom;
    }
    return runs;
}

/// The weakest contrast of the words on `background` in `image` (21 when there are none),
/// each word measured by its strongest pixel; `weakest` gets the box of that word.
inline double weakestWordContrast(const QImage &image, const QColor &background,
                                  QRect *weakest = nullptr)
{
    double worst = 21.0;
    for (const QRect &run : inkRuns(image, background)) {
        // Specks (a table rule, a dot) are not words.
        if (run.width() < 3 || run.height() < 5)
            continue;
        const double ratio = strongestContrast(image, run, background);
        if (ratio < worst) {
            worst = ratio;
            if (weakest)
                *weakest = run;
        }
    }
    return worst;
}

} // namespace integreat::testing
