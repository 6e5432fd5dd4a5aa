#include "desktop/places/markerpainter.h"

#include <QFile>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>
#include <cmath>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {
constexpr double PinWidth = 28;
constexpr double PinHeight = 36;
constexpr double SelectedScale = 1.35;
} // namespace

void MarkerPainter::setIconFile(const QString &iconKey, const QString &file)
{
    if (m_iconFiles.value(iconKey) == file)
        return;
    m_iconFiles.insert(iconKey, file);
    m_pins.clear();
}

void MarkerPainter::setDevicePixelRatio(qreal ratio)
{
    if (!qFuzzyCompare(ratio, m_ratio)) {
        m_ratio = ratio;
        m_pins.clear();
        m_clusters.clear();
    }
}

QRectF MarkerPainter::pinRect(const QPointF &tip, bool selected)
{
    const double s = selected ? SelectedScale : 1.0;
    return QRectF(tip.x() - PinWidth * s / 2, tip.y() - PinHeight * s, PinWidth * s, PinHeight * s);
}

double MarkerPainter::clusterRadius(int count)
{
    return 16 + std::min(14.0, 3.0 * std::log2(double(std::max(count, 1))));
}

const QPixmap &MarkerPainter::pin(const QColor &color, const QString &iconKey, bool selected)
{
    const QString key = color.name() + u'|' + iconKey + (selected ? u"|s"_s : u"|n"_s);
    const auto it = m_pins.constFind(key);
    if (it != m_pins.constEnd())
        return *it;
    const double s = selected ? SelectedScale : 1.0;
    const QSizeF size(PinWidth * s, PinHeight * s);
    QPixmap pixmap((size * m_ratio).toSize());
    pixmap.setDevicePixelRatio(m_ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const double w = size.width();
    const double r = w / 2 - 1.5;
    QPainterPath path;
    path.moveTo(w / 2, size.height() - 1);
    path.arcTo(QRectF(1.5, 1.5, 2 * r, 2 * r), 240, -300);
    path.closeSubpath();
    p.setPen(QPen(selected ? QColor(u"#1a1a1a"_s) : QColor(Qt::white), selected ? 3 : 2));
    p.setBrush(color.isValid() ? color : QColor(u"#585858"_s));
    p.drawPath(path);
    const QRectF iconRect(w / 2 - r * 0.62, 1.5 + r - r * 0.62, r * 1.24, r * 1.24);
    const QString file = m_iconFiles.value(iconKey);
    QSvgRenderer svg;
    if (!file.isEmpty() && QFile::exists(file) && svg.load(file) && svg.isValid()) {
        // Render the icon white on the coloured pin.
        QImage icon((iconRect.size() * m_ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
        icon.fill(Qt::transparent);
        {
            QPainter ip(&icon);
            svg.render(&ip);
            ip.setCompositionMode(QPainter::CompositionMode_SourceIn);
            ip.fillRect(icon.rect(), Qt::white);
        }
        icon.setDevicePixelRatio(m_ratio);
        p.drawImage(iconRect.topLeft(), icon);
    } else {
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawEllipse(iconRect.center(), r * 0.3, r * 0.3);
    }
    p.end();
    return *m_pins.insert(key, pixmap);
}

void MarkerPainter::drawPin(QPainter &painter, const QPointF &tip, const QColor &color,
                            const QString &iconKey, bool selected, int count)
{
    const QRectF rect = pinRect(tip, selected);
    painter.drawPixmap(rect.topLeft(), pin(color, iconKey, selected));
    if (count > 1) {
        const QRectF badge(rect.right() - 10, rect.top() - 4, 16, 16);
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(QColor(u"#585858"_s));
        painter.drawEllipse(badge);
        QFont font = painter.font();
        font.setPixelSize(10);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, QString::number(count));
        painter.restore();
    }
}

void MarkerPainter::drawCluster(QPainter &painter, const QPointF &centre, int count)
{
    const double r = clusterRadius(count);
    auto it = m_clusters.find(count);
    if (it == m_clusters.end()) {
        const double edge = 2 * r + 4;
        QPixmap pixmap(QSizeF(edge * m_ratio, edge * m_ratio).toSize());
        pixmap.setDevicePixelRatio(m_ratio);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(255, 255, 255, 230), 3));
        p.setBrush(QColor(u"#585858"_s));
        const QPointF middle(edge / 2, edge / 2);
        p.drawEllipse(middle, r, r);
        QFont font = painter.font();
        font.setPixelSize(13);
        font.setBold(true);
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QRectF(middle.x() - r, middle.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                   QString::number(count));
        p.end();
        it = m_clusters.insert(count, pixmap);
    }
    const double half = r + 2;
    painter.drawPixmap(QPointF(centre.x() - half, centre.y() - half), *it);
}

} // namespace integreat::desktop
