#pragma once

#include <QStyledItemDelegate>

namespace integreat::desktop {

/// Paints one search result: the title with its kind, then the snippet with the matched words
/// highlighted, and a note when the snippet is from the German text. Follows the view's
/// layout direction (right-to-left content).
class SearchResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultDelegate)

public:
    enum Role
    {
        TitleRole = Qt::UserRole + 1,
        KindRole,        ///< "Page" in the UI language
        SnippetHtmlRole, ///< escaped snippet with <span class="match"> highlights
        NoteRole,        ///< "Text in Deutsch" or empty
        LocationRole,    ///< the Location to open
        TitleRtlRole,    ///< bool: the title's language runs right to left
        SnippetRtlRole,  ///< bool: the snippet's language runs right to left
    };

    explicit SearchResultDelegate(QObject *parent = nullptr);

    /// The width items are laid out for (the view's viewport width).
    void setAvailableWidth(int width) { m_width = width; }
    int availableWidth() const { return m_width; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QString documentHtml(const QModelIndex &index) const;
    int cardWidth(const QStyleOptionViewItem &option) const;

    int m_width = 600;
};

} // namespace integreat::desktop
