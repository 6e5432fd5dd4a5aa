#include "desktop/pages/tilebutton.h"

#include "desktop/common/theme.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionFocusRect>
#include <QTextLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {
constexpr int MaxTitleLines = 3;
constexpr int Padding = 14;
} // namespace

TileButton::TileButton(const QString &title, const QString &path, QWidget *parent)
    : QAbstractButton(parent)
    , m_path(path)
{
    setText(title);
    setToolTip(title);
    setAccessibleName(title);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void TileButton::setImage(const QImage &image)
{
    m_image = image;
    update();
}

QSize TileButton::sizeHint() const
{
    const QFontMetrics metrics(font());
    const int width = std::max(168, metrics.averageCharWidth() * 19);
    const int height = Padding + IconSize + 12 + metrics.lineSpacing() * MaxTitleLines + Padding;
    return {width, height};
}

void TileButton::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void TileButton::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

void TileButton::keyPressEvent(QKeyEvent *event)
{
    // Enter opens a focused tile as Space and a click do.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        !(event->modifiers() & ~Qt::KeypadModifier)) {
        click();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

void TileButton::paintEvent(QPaintEvent *)
{
    const Theme &theme = Theme::current();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    const QRectF card = QRectF(rect()).adjusted(2.5, 2.5, -2.5, -2.5);
    QColor fill = theme.surface;
    if (isDown())
        fill = theme.surfaceAlt.darker(104);
    else if (m_hovered)
        fill = theme.surfaceAlt;
    QColor edge = m_hovered ? theme.accent : theme.border;
    if (!theme.highContrast && !m_hovered)
        edge = theme.border;
    painter.setPen(QPen(edge, theme.highContrast ? 2.0 : 1.0));
    painter.setBrush(fill);
    painter.drawRoundedRect(card, 14, 14);

    if (hasFocus()) {
        painter.setPen(QPen(theme.accent, theme.highContrast ? 4.0 : 3.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(card.adjusted(-0.5, -0.5, 0.5, 0.5), 14, 14);
    }

    const QRect iconRect((width() - IconSize) / 2, Padding, IconSize, IconSize);
    if (!m_image.isNull())
        painter.drawImage(iconRect, m_image);

    // The title: centred, wrapped, at most three lines, the last one elided.
    painter.setPen(theme.text);
    QFont titleFont = font();
    titleFont.setWeight(QFont::DemiBold);
    painter.setFont(titleFont);
    const QFontMetrics metrics(titleFont);
    const int textWidth = width() - 2 * Padding;
    QTextLayout layout(text(), titleFont);
    QTextOption option(Qt::AlignHCenter);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(layoutDirection());
    layout.setTextOption(option);
    layout.beginLayout();
    int y = iconRect.bottom() + 12;
    for (int line = 0; line < MaxTitleLines; ++line) {
        QTextLine textLine = layout.createLine();
        if (!textLine.isValid())
            break;
        textLine.setLineWidth(textWidth);
        const bool lastAllowed = line == MaxTitleLines - 1;
        const QString rest = text().mid(textLine.textStart());
        if (lastAllowed && textLine.textStart() + textLine.textLength() < text().size()) {
            const QString elided = metrics.elidedText(rest, Qt::ElideRight, textWidth);
            painter.drawText(QRect(Padding, y, textWidth, metrics.lineSpacing()),
                             Qt::AlignHCenter | Qt::AlignTop, elided);
            break;
        }
        const QString lineText = text().mid(textLine.textStart(), textLine.textLength()).trimmed();
        painter.drawText(QRect(Padding, y, textWidth, metrics.lineSpacing()),
                         Qt::AlignHCenter | Qt::AlignTop, lineText);
        y += metrics.lineSpacing();
    }
    layout.endLayout();
}

} // namespace integreat::desktop
