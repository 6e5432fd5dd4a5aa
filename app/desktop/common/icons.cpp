#include "desktop/common/icons.h"

#include "desktop/common/theme.h"

#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {

class TintedSvgEngine final : public QIconEngine
{
public:
    TintedSvgEngine(QByteArray svg, QColor color, bool mirrored)
        : m_svg(std::move(svg))
        , m_color(std::move(color))
        , m_mirrored(mirrored)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QColor color = m_color;
        if (mode == QIcon::Disabled)
            color.setAlphaF(0.45f);
        QByteArray svg = m_svg;
        svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        painter->save();
        if (color.alphaF() < 1.0)
            painter->setOpacity(color.alphaF());
        if (m_mirrored) {
            painter->translate(rect.x() * 2 + rect.width(), 0);
            painter->scale(-1, 1);
        }
        renderer.render(painter, QRectF(rect));
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pixmap = this->pixmap(size * scale, mode, state);
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QIconEngine *clone() const override { return new TintedSvgEngine(m_svg, m_color, m_mirrored); }

private:
    QByteArray m_svg;
    QColor m_color;
    bool m_mirrored;
};

QByteArray readIcon(const QString &name)
{
    QFile file(u":/icons/"_s + name + u".svg"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QIcon Icons::icon(const QString &name, const QColor &color, bool mirrored)
{
    const QByteArray svg = readIcon(name);
    if (svg.isEmpty())
        return {};
    return QIcon(
        new TintedSvgEngine(svg, color.isValid() ? color : Theme::current().text, mirrored));
}

QIcon Icons::appIcon()
{
    const QByteArray svg = readIcon(u"app"_s);
    return svg.isEmpty() ? QIcon() : QIcon(new TintedSvgEngine(svg, Qt::black, false));
}

} // namespace integreat::desktop
