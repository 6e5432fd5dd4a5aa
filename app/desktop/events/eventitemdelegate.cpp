#include "desktop/events/eventitemdelegate.h"

#include <QApplication>
#include <QPainter>

namespace integreat::desktop {

namespace {

constexpr int kPad = 8;
constexpr int kHeadingTop = 14;

QFont headingFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * 1.25);
    return font;
}

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * 1.1);
    return font;
}

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

} // namespace

void EventItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool heading = index.data(HeadingRole).toBool();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    if (!heading) {
        opt.text.clear();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    }
    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &pal = opt.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(selected ? 0.85f : 0.7f);
    // Lines start at the leading edge of the row's direction: the painter mirrors a
    // non-absolute AlignLeft in a right-to-left row (an AlignRight would be mirrored to the left).
    painter->setLayoutDirection(opt.direction);
    const Qt::Alignment align = Qt::AlignLeft | Qt::AlignTop;
    QRect area = opt.rect.adjusted(kPad * 2, kPad, -kPad * 2, -kPad);

    auto line = [&](const QFont &font, const QColor &color, const QString &value) {
        if (value.isEmpty())
            return;
        const QFontMetrics metrics(font);
        painter->setFont(font);
        painter->setPen(color);
        painter->drawText(area, int(align),
                          metrics.elidedText(value, Qt::ElideRight, area.width()));
        area.setTop(area.top() + metrics.height() + 2);
    };
    if (heading) {
        area.setTop(area.top() + kHeadingTop - kPad);
        line(headingFont(opt.font), pal.color(QPalette::Text), index.data().toString());
    } else {
        line(titleFont(opt.font), text, index.data().toString());
        line(opt.font, text, index.data(DateRole).toString());
        line(smallFont(opt.font), muted, index.data(MoreDatesRole).toString());
    }
    painter->restore();
}

const EventItemDelegate::Heights &EventItemDelegate::heightsFor(const QFont &font) const
{
    if (!m_heights || m_heights->font != font) {
        m_heights = Heights{font, QFontMetrics(headingFont(font)).height(),
                            QFontMetrics(titleFont(font)).height(), QFontMetrics(font).height(),
                            QFontMetrics(smallFont(font)).height()};
    }
    return *m_heights;
}

QSize EventItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const Heights &heights = heightsFor(option.font);
    int height = kPad * 2;
    if (index.data(HeadingRole).toBool()) {
        height += kHeadingTop - kPad + heights.heading;
    } else {
        height += heights.title + 2 + heights.text + 2;
        const QVariant hasMore = index.data(HasMoreRole);
        if (hasMore.isValid() ? hasMore.toBool() : !index.data(MoreDatesRole).toString().isEmpty())
            height += heights.small + 2;
    }
    return {200, height};
}

} // namespace integreat::desktop
