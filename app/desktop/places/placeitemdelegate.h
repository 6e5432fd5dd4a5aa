#pragma once

#include "desktop/places/placelistmodel.h"

#include <QStyledItemDelegate>

namespace integreat::desktop {

/// A row of the Places list: the place's name in bold, below it "1.2 km · Category · Open now"
/// in a muted colour, a thin separator under each row. Every row has the same height, computed
/// from the fonts with room for taller scripts (Arabic, Ethiopic) and any text size, so a
/// mixed-script name never pushes the status line out of its row.
class PlaceItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceItemDelegate)

public:
    /// The second line of a row (Qt::DisplayRole holds the name).
    static constexpr int DetailsRole = PlaceListModel::DetailsRole;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The height of one text line of `font`, with headroom for scripts taller than Latin.
    static int lineHeight(const QFont &font);
};

} // namespace integreat::desktop
