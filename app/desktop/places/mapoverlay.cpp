#include "desktop/places/mapoverlay.h"

#include "core/geo/tilemath.h"
#include "desktop/common/theme.h"

#include <QColor>
#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QPen>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {

/// Colours of the map's own drawing: light, or dark in high contrast.
struct MapColours
{
    QColor background;
    QColor grid;
    QColor panel; ///< behind the attribution and the note
    QColor panelEdge;
    QColor text;
};

MapColours mapColours()
{
    const Theme &theme = Theme::current();
    if (theme.highContrast)
        return {QColor(0x14, 0x14, 0x14), QColor(0x59, 0x59, 0x59), theme.surface, theme.border,
                theme.text};
    return {QColor(u"#eef1f3"_s), QColor(u"#dde2e6"_s), QColor(255, 255, 255, 225),
            QColor(u"#c3cad0"_s), QColor(u"#222222"_s)};
}

} // namespace

void MapOverlay::dimTiles(QPainter &painter, const QRect &area)
{
    if (Theme::current().highContrast)
        painter.fillRect(area, QColor(0, 0, 0, 170));
}

void MapOverlay::paintFocus(QPainter &painter, const QRect &area)
{
    const int width = Theme::FieldFocusWidth;
    painter.save();
    painter.setPen(QPen(Theme::current().accent, width));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(area).adjusted(width / 2.0, width / 2.0, -width / 2.0, -width / 2.0));
    painter.restore();
}

void MapOverlay::paintBackground(QPainter &painter, const QRect &area, double zoom,
                                 const QPointF &origin)
{
    const MapColours colours = mapColours();
    painter.fillRect(area, colours.background);
    const double step = geo::TileSize * std::exp2(zoom - std::floor(zoom));
    painter.setPen(colours.grid);
    for (double x = -std::fmod(origin.x(), step); x < area.width(); x += step)
        painter.drawLine(QPointF(x, 0), QPointF(x, area.height()));
    for (double y = -std::fmod(origin.y(), step); y < area.height(); y += step)
        painter.drawLine(QPointF(0, y), QPointF(area.width(), y));
}

void MapOverlay::paintForeground(QPainter &painter, const QRect &area, const QFont &font,
                                 const QString &attribution, bool tilesShown)
{
    const MapColours colours = mapColours();
    QFont small = font;
    small.setPixelSize(11);
    painter.setFont(small);
    if (tilesShown && !attribution.isEmpty()) {
        const QFontMetrics metrics(small);
        const QRect box = metrics.boundingRect(attribution).adjusted(-6, -3, 6, 3);
        const QRect placed(area.width() - box.width(), area.height() - box.height(), box.width(),
                           box.height());
        painter.fillRect(placed, colours.panel);
        painter.setPen(colours.text);
        painter.drawText(placed, Qt::AlignCenter, attribution);
    }
    m_noteRect = {};
    if (tilesShown || m_note.isEmpty())
        return;
    // A slim bar along the top (left of the zoom buttons): the first sentence, the whole note
    // as its tooltip.
    const QFontMetrics metrics(font);
    const QString first = m_note.section(u". "_s, 0, 0);
    const QString line = first.endsWith(u'.') || first == m_note ? first : first + u'.';
    m_noteRect = QRect(0, 0, std::max(0, area.width() - 52), metrics.height() + 10);
    painter.fillRect(m_noteRect, colours.panel);
    painter.setPen(colours.panelEdge);
    painter.drawLine(m_noteRect.bottomLeft(), m_noteRect.bottomRight());
    painter.setFont(font);
    painter.setPen(colours.text);
    const QRect text = m_noteRect.adjusted(10, 0, -6, 0);
    painter.drawText(text, int(Qt::AlignVCenter | Qt::AlignLeading),
                     metrics.elidedText(line, Qt::ElideRight, text.width()));
}

} // namespace integreat::desktop
