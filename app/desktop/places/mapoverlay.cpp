#include "desktop/places/mapoverlay.h"

#include "core/geo/tilemath.h"

#include <QColor>
#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

void MapOverlay::paintBackground(QPainter &painter, const QRect &area, double zoom,
                                 const QPointF &origin)
{
    painter.fillRect(area, QColor(u"#eef1f3"_s));
    const double step = geo::TileSize * std::exp2(zoom - std::floor(zoom));
    painter.setPen(QColor(u"#dde2e6"_s));
    for (double x = -std::fmod(origin.x(), step); x < area.width(); x += step)
        painter.drawLine(QPointF(x, 0), QPointF(x, area.height()));
    for (double y = -std::fmod(origin.y(), step); y < area.height(); y += step)
        painter.drawLine(QPointF(0, y), QPointF(area.width(), y));
}

void MapOverlay::paintForeground(QPainter &painter, const QRect &area, const QFont &font,
                                 const QString &attribution, bool tilesShown)
{
    QFont small = font;
    small.setPixelSize(11);
    painter.setFont(small);
    if (tilesShown && !attribution.isEmpty()) {
        const QFontMetrics metrics(small);
        const QRect box = metrics.boundingRect(attribution).adjusted(-6, -3, 6, 3);
        const QRect placed(area.width() - box.width(), area.height() - box.height(), box.width(),
                           box.height());
        painter.fillRect(placed, QColor(255, 255, 255, 210));
        painter.setPen(QColor(u"#333333"_s));
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
    painter.fillRect(m_noteRect, QColor(255, 255, 255, 225));
    painter.setPen(QColor(u"#c3cad0"_s));
    painter.drawLine(m_noteRect.bottomLeft(), m_noteRect.bottomRight());
    painter.setFont(font);
    painter.setPen(QColor(u"#222222"_s));
    const QRect text = m_noteRect.adjusted(10, 0, -6, 0);
    painter.drawText(text, int(Qt::AlignVCenter | Qt::AlignLeading),
                     metrics.elidedText(line, Qt::ElideRight, text.width()));
}

} // namespace integreat::desktop
