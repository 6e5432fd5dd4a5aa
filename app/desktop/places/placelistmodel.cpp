#include "desktop/places/placelistmodel.h"

using namespace Qt::StringLiterals;

namespace integreat::desktop {

void PlaceListModel::setPlaces(const QList<int> &places, TextSource title, TextSource details)
{
    beginResetModel();
    m_places = places;
    m_title = std::move(title);
    m_details = std::move(details);
    m_detailsCache.clear();
    endResetModel();
}

int PlaceListModel::placeAt(int row) const
{
    return row >= 0 && row < m_places.size() ? m_places.at(row) : -1;
}

int PlaceListModel::rowOf(int place) const
{
    return place < 0 ? -1 : int(m_places.indexOf(place));
}

int PlaceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_places.size());
}

const QString &PlaceListModel::detailsAt(int row) const
{
    auto it = m_detailsCache.constFind(row);
    if (it == m_detailsCache.constEnd())
        it = m_detailsCache.insert(row, m_details ? m_details(m_places.at(row)) : QString());
    return *it;
}

QVariant PlaceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_places.size())
        return {};
    const int row = index.row();
    const int place = m_places.at(row);
    const auto title = [&] {
        return m_title ? m_title(place) : QString();
    };
    switch (role) {
    case Qt::DisplayRole:
        return title();
    case PlaceRole:
        return place;
    case DetailsRole:
        return detailsAt(row);
    case Qt::AccessibleTextRole: {
        const QString &details = detailsAt(row);
        return details.isEmpty() ? title() : title() + u", "_s + details;
    }
    case Qt::ToolTipRole: {
        const QString &details = detailsAt(row);
        return details.isEmpty() ? title() : title() + u'\n' + details;
    }
    default:
        return {};
    }
}

} // namespace integreat::desktop
