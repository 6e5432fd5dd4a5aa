#include "desktop/places/placeitemdelegate.h"

#include <QApplication>
#include <QPainter>

namespace integreat::desktop {

namespace {

constexpr int kPad = 8;

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

QFont detailsFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.92);
    return font;
}

} // namespace

int PlaceItemDelegate::lineHeight(const QFont &font)
{
    const QFontMetrics metrics(font);
    // Arabic and Ethiopic fallback fonts reach further above and below than the Latin face.
    return metrics.lineSpacing() + metrics.height() / 3;
}

void PlaceItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &pal = opt.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(selected ? 0.9f : 0.75f);
    const Qt::Alignment align =
        (opt.direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
    QRect area = opt.rect.adjusted(kPad, kPad / 2, -kPad, -kPad / 2);
    const auto line = [&](const QFont &font, const QColor &color, const QString &value) {
        const int height = lineHeight(font);
        const QRect box(area.left(), area.top(), area.width(), height);
        area.setTop(area.top() + height);
        if (value.isEmpty())
            return;
        painter->setFont(font);
        painter->setPen(color);
        painter->drawText(box, int(align),
                          QFontMetrics(font).elidedText(value, Qt::ElideRight, box.width()));
    };
    line(titleFont(opt.font), text, index.data(Qt::DisplayRole).toString());
    line(detailsFont(opt.font), muted, index.data(DetailsRole).toString());

    QColor rule = pal.color(QPalette::Mid);
    rule.setAlphaF(0.6f);
    painter->setPen(rule);
    painter->drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight());
    painter->restore();
}

QSize PlaceItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex & /*index*/) const
{
    return {200,
            kPad + lineHeight(titleFont(option.font)) + lineHeight(detailsFont(option.font)) + 1};
}

} // namespace integreat::desktop
