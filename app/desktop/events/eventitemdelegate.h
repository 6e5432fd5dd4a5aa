#pragma once

#include <QStyledItemDelegate>
#include <optional>

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
    /// bool: whether the row has a third line (MoreDatesRole), asked for the row's height so a
    /// model need not work out the text itself; without it the height asks MoreDatesRole.
    static constexpr int HasMoreRole = Qt::UserRole + 13;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    /// The line heights of the last font asked for: a list of 100,000 rows asks each row's
    /// height with the same font.
    struct Heights
    {
        QFont font;
        int heading = 0;
        int title = 0;
        int text = 0;
        int small = 0;
    };
    const Heights &heightsFor(const QFont &font) const;

    mutable std::optional<Heights> m_heights;
};

} // namespace integreat::desktop
