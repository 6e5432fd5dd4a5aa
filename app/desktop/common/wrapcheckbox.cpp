#include "desktop/common/wrapcheckbox.h"

#include <QFontMetrics>
#include <QStyleOptionButton>
#include <QStylePainter>

namespace integreat::desktop {

namespace {
constexpr int TextFlags = Qt::TextWordWrap | Qt::TextShowMnemonic;
constexpr int FocusMargin = 2;
} // namespace

WrapCheckBox::WrapCheckBox(const QString &text, QWidget *parent)
    : QCheckBox(text, parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int WrapCheckBox::indicatorSpace() const
{
    return style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, this) +
           style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, this) + FocusMargin;
}

int WrapCheckBox::textHeight(int width) const
{
    const QRect bounds(0, 0, std::max(1, width), 100000);
    return fontMetrics().boundingRect(bounds, TextFlags, text()).height();
}

QSize WrapCheckBox::sizeHint() const
{
    const QSize one = QCheckBox::sizeHint(); // the whole text on one line
    return {one.width(), std::max(one.height(), heightForWidth(one.width()))};
}

QSize WrapCheckBox::minimumSizeHint() const
{
    // The longest word, as a wrapping label.
    int word = 0;
    for (const QString &part : text().split(u' ', Qt::SkipEmptyParts))
        word = std::max(word, fontMetrics().horizontalAdvance(part));
    const int width =
        std::min(QCheckBox::sizeHint().width(), indicatorSpace() + word + FocusMargin);
    return {width, heightForWidth(width)};
}

int WrapCheckBox::heightForWidth(int width) const
{
    const int indicator = style()->pixelMetric(QStyle::PM_IndicatorHeight, nullptr, this);
    return std::max(indicator, textHeight(width - indicatorSpace() - FocusMargin)) +
           2 * FocusMargin;
}

void WrapCheckBox::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    const QString shown = option.text;
    option.text.clear();
    painter.drawControl(QStyle::CE_CheckBox, option); // the indicator (and its focus)
    // The text from the indicator's far side, mirrored in a right-to-left layout.
    const QRect text = QStyle::visualRect(
        layoutDirection(), rect(),
        rect().adjusted(indicatorSpace(), FocusMargin, -FocusMargin, -FocusMargin));
    painter.drawItemText(text, int(Qt::AlignLeft | Qt::AlignVCenter) | TextFlags, option.palette,
                         isEnabled(), shown, QPalette::WindowText);
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = text.adjusted(-FocusMargin, -FocusMargin, FocusMargin, FocusMargin);
        painter.drawPrimitive(QStyle::PE_FrameFocusRect, focus);
    }
}

bool WrapCheckBox::hitButton(const QPoint &pos) const
{
    return rect().contains(pos); // the wrapped text too, as a check box's own text
}

} // namespace integreat::desktop
