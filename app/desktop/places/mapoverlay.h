#pragma once

#include <QPointF>
#include <QRect>
#include <QString>

class QFont;
class QPainter;

namespace integreat::desktop {

/// What the map draws around its tiles and markers: the plain background with a faint grid
/// (so that panning shows without tiles), the tiles' attribution in the corner, and, when no
/// tiles are shown, the note why, as a slim bar along the top whose whole text is its tooltip.
class MapOverlay final
{
public:
    void setNote(const QString &note) { m_note = note; }
    QString note() const { return m_note; }

    /// The background of `area`: one grid line per tile edge at `zoom`, `origin` the world
    /// pixel of the area's top left.
    static void paintBackground(QPainter &painter, const QRect &area, double zoom,
                                const QPointF &origin);
    /// The attribution (bottom right) when tiles are shown, else the note bar (top, left of the
    /// zoom buttons). Remembers where the bar went, for noteRect().
    void paintForeground(QPainter &painter, const QRect &area, const QFont &font,
                         const QString &attribution, bool tilesShown);
    /// In high contrast: darkens the tiles just painted on `area`, so that the light map does
    /// not outshine the text and the markers stand out (WCAG 1.4.11).
    static void dimTiles(QPainter &painter, const QRect &area);
    /// The keyboard focus ring along the edge of `area` (accent colour, 3 px).
    static void paintFocus(QPainter &painter, const QRect &area);
    /// Where the note bar was painted last; empty when it was not.
    QRect noteRect() const { return m_noteRect; }

private:
    QString m_note;
    QRect m_noteRect;
};

} // namespace integreat::desktop
