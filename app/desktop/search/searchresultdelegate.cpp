#include "desktop/search/searchresultdelegate.h"

#include "desktop/common/theme.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {
constexpr int PaddingX = 18;
constexpr int PaddingY = 12;
constexpr int MaxWidth = 820;

void prepare(QTextDocument &doc, const QString &html, int width, Qt::LayoutDirection direction)
{
    const Theme &theme = Theme::current();
    doc.setDocumentMargin(0);
    doc.setDefaultFont(theme.font(Theme::FontRole::Body));
    QTextOption option;
    option.setTextDirection(direction);
    option.setAlignment((direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft) |
                        Qt::AlignAbsolute);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(option);
    doc.setHtml(html);
    doc.setTextWidth(width);
}

} // namespace

SearchResultDelegate::SearchResultDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

int SearchResultDelegate::cardWidth(const QStyleOptionViewItem &option) const
{
    const int available = option.rect.width() > 0 ? option.rect.width() : m_width;
    return std::max(200, std::min(available, MaxWidth));
}

QString SearchResultDelegate::documentHtml(const QModelIndex &index) const
{
    const Theme &theme = Theme::current();
    const QString title = index.data(TitleRole).toString().toHtmlEscaped();
    const QString kind = index.data(KindRole).toString().toHtmlEscaped();
    const QString note = index.data(NoteRole).toString().toHtmlEscaped();
    // Each part runs in its own language's direction (a German excerpt under an Arabic title
    // reads left to right), aligned to the card's reading edge.
    const auto dir = [&index](int role) {
        return index.data(role).toBool() ? u"rtl"_s : u"ltr"_s;
    };
    QString html = u"<p dir=\"%4\" style=\"margin:0;\"><span style=\"font-size:%1pt; "
                   "font-weight:600; color:%2;\">%3</span>"_s
                       .arg(theme.pointSize(Theme::FontRole::Heading), 0, 'f', 1)
                       .arg(theme.text.name(), title, dir(TitleRtlRole));
    if (!kind.isEmpty())
        html += u"&nbsp;&nbsp;<span style=\"color:%1; font-size:%2pt;\">%3</span>"_s
                    .arg(theme.textMuted.name())
                    .arg(theme.pointSize(Theme::FontRole::Small), 0, 'f', 1)
                    .arg(kind);
    html += u"</p>"_s;
    const QString snippet = index.data(SnippetHtmlRole).toString();
    if (!snippet.isEmpty())
        html += u"<p dir=\"%3\" style=\"margin-top:6px; color:%1;\">%2</p>"_s.arg(
            theme.textMuted.name(), snippet, dir(SnippetRtlRole));
    if (!note.isEmpty())
        html += u"<p style=\"margin-top:4px; color:%1; font-size:%2pt;\"><i>%3</i></p>"_s
                    .arg(theme.textMuted.name())
                    .arg(theme.pointSize(Theme::FontRole::Small), 0, 'f', 1)
                    .arg(note);
    return html;
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const Theme &theme = Theme::current();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool rtl = option.direction == Qt::RightToLeft;
    QRect card = option.rect.adjusted(0, 4, 0, -4);
    card.setWidth(cardWidth(option));
    if (rtl)
        card.moveRight(option.rect.right());

    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    painter->setPen(QPen(selected ? theme.accent : theme.border, selected ? 2.0 : 1.0));
    painter->setBrush(hovered && !selected ? theme.surfaceAlt : theme.surface);
    painter->drawRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 12, 12);

    QTextDocument doc;
    prepare(doc, documentHtml(index), card.width() - 2 * PaddingX, option.direction);
    painter->translate(card.left() + PaddingX, card.top() + PaddingY);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    context.palette.setColor(QPalette::Text, theme.text);
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QTextDocument doc;
    const int width = std::max(200, std::min(m_width, MaxWidth));
    prepare(doc, documentHtml(index), width - 2 * PaddingX, option.direction);
    return {width, int(doc.size().height()) + 2 * PaddingY + 8};
}

} // namespace integreat::desktop
