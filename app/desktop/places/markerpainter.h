#pragma once

#include <QColor>
#include <QHash>
#include <QPixmap>
#include <QString>

class QPainter;

namespace integreat::desktop {

/// Draws map markers: a pin in the category's colour with its icon (the category's SVG from
/// the resource cache, else a dot), a highlighted variant for the selected place, a badge for
/// places merged into one marker, and cluster circles with a count. Pins are rendered once per
/// (colour, icon, state) and reused, so a full viewport of 1,500 places paints quickly.
class MarkerPainter final
{
    Q_DISABLE_COPY_MOVE(MarkerPainter)

public:
    MarkerPainter() = default;

    /// The SVG file of a category icon (may be empty or missing).
    void setIconFile(const QString &iconKey, const QString &file);
    void setDevicePixelRatio(qreal ratio);

    /// Draws a pin whose tip is at `tip`; `count` > 1 adds a badge.
    void drawPin(QPainter &painter, const QPointF &tip, const QColor &color, const QString &iconKey,
                 bool selected, int count);
    void drawCluster(QPainter &painter, const QPointF &centre, int count);
    /// The pin's clickable rectangle for a tip at `tip`.
    static QRectF pinRect(const QPointF &tip, bool selected);
    static double clusterRadius(int count);

private:
    const QPixmap &pin(const QColor &color, const QString &iconKey, bool selected);

    QHash<QString, QString> m_iconFiles;
    QHash<QString, QPixmap> m_pins;
    QHash<int, QPixmap> m_clusters; ///< by count
    qreal m_ratio = 1;
};

} // namespace integreat::desktop
