#include "desktop/common/rtltextstyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QTextLayout>
#include <cmath>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

RtlTextStyle::RtlTextStyle()
    : QProxyStyle(QStyleFactory::create(u"Fusion"_s))
{
}

void RtlTextStyle::drawItemText(QPainter *painter, const QRect &rect, int flags,
                                const QPalette &palette, bool enabled, const QString &text,
                                QPalette::ColorRole textRole) const
{
    // The direction as qt_format_text takes it: QLabel forces its text's own, else the
    // painter's (the widget's).
    const bool rightToLeft =
        (flags & Qt::TextForceRightToLeft) ||
        (!(flags & Qt::TextForceLeftToRight) && painter->layoutDirection() == Qt::RightToLeft);
    const bool repaired =
        rightToLeft && (flags & (Qt::TextWordWrap | Qt::TextWrapAnywhere)) &&
        !(flags & (Qt::TextShowMnemonic | Qt::TextHideMnemonic | Qt::TextSingleLine |
                   Qt::TextIncludeTrailingSpaces | Qt::TextJustificationForced)) &&
        !text.contains(u'\t') && // (QLabel always sets Qt::TextExpandTabs)
        (enabled ||
         (!proxy()->styleHint(SH_DitherDisabledText) && !proxy()->styleHint(SH_EtchDisabledText)));
    if (!repaired || text.isEmpty()) {
        QProxyStyle::drawItemText(painter, rect, flags, palette, enabled, text, textRole);
        return;
    }
    QTextOption option(QStyle::visualAlignment(Qt::RightToLeft, Qt::Alignment(flags)) &
                       Qt::AlignHorizontal_Mask);
    option.setTextDirection(Qt::RightToLeft);
    option.setWrapMode(flags & Qt::TextWrapAnywhere ? QTextOption::WrapAnywhere
                                                    : QTextOption::WordWrap);
    QString shown = text;
    shown.replace(u'\n', QChar::LineSeparator);
    QTextLayout layout(shown, painter->font(), painter->device());
    layout.setTextOption(option);
    // The lines as qt_format_text stacks them: the font's leading between them, each on a
    // whole pixel.
    const qreal leading = QFontMetricsF(painter->font(), painter->device()).leading();
    qreal height = -leading;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(rect.width());
        height = std::ceil(height + leading);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    qreal top = rect.top();
    if (flags & Qt::AlignBottom)
        top += rect.height() - height;
    else if (flags & Qt::AlignVCenter)
        top += (rect.height() - height) / 2;

    painter->save();
    if (textRole != QPalette::NoRole)
        painter->setPen(QPen(palette.brush(textRole), painter->pen().widthF()));
    if (!(flags & Qt::TextDontClip))
        painter->setClipRect(rect, Qt::IntersectClip);
    layout.draw(painter, QPointF(rect.left(), top));
    painter->restore();
}

} // namespace integreat::desktop
