#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <functional>

namespace integreat::desktop {

/// The rows of the Places list: indices into the view's places in list order, with each row's
/// name and second line ("1.2 km · Category · Open now") asked from the view when a row is
/// first shown. Nothing is made per row up front, so 20,000 places list as fast as 20, and a
/// new filter or order is one model reset.
class PlaceListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceListModel)

public:
    /// The place's index in the view's places (int).
    static constexpr int PlaceRole = Qt::UserRole;
    /// The second line of a row (Qt::DisplayRole holds the name); PlaceItemDelegate paints it.
    static constexpr int DetailsRole = Qt::UserRole + 1;

    /// A text of the place with that index.
    using TextSource = std::function<QString(int place)>;

    using QAbstractListModel::QAbstractListModel;

    /// Lists `places` (in this order); `title` and `details` give each row's two lines.
    void setPlaces(const QList<int> &places, TextSource title, TextSource details);
    const QList<int> &places() const { return m_places; }
    /// The place in `row`, or -1.
    int placeAt(int row) const;
    /// The row of `place`, or -1 when it is not listed.
    int rowOf(int place) const;
    /// How many rows have had their second line worked out since the last setPlaces(): the rows
    /// shown or read so far, not every listed place (tests and the benchmark).
    int detailsWorkedOut() const { return int(m_detailsCache.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    const QString &detailsAt(int row) const;

    QList<int> m_places;
    TextSource m_title;
    TextSource m_details;
    /// Second lines by row, worked out when a row is first painted or read.
    mutable QHash<int, QString> m_detailsCache;
};

} // namespace integreat::desktop
