#pragma once

#include <QStyledItemDelegate>

namespace integreat::desktop {

/// Paints the rows of the events list: a group heading (Today, Tomorrow…) in large bold text,
/// or an event with its title in bold, its date line and, muted, its more dates; each line is
/// elided to the row's width and follows the row's layout direction.
class EventItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventItemDelegate)

public:
    static constexpr int HeadingRole = Qt::UserRole + 10; ///< bool
    static constexpr int DateRole = Qt::UserRole + 11;
    static constexpr int MoreDatesRole = Qt::UserRole + 12;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace integreat::desktop
