#pragma once

#include "core/model/region.h"
#include "desktop/notify/notificationlist.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <functional>
#include <optional>

namespace integreat::desktop {

/// The rows of the notifications dialog, newest first: each entry's title, then "town ·
/// language · time" on a second line (the roles of EventItemDelegate, which paints them as the
/// News list's rows). The language's name is looked up once per (town, language), the second
/// line is made when a row is first shown or read, so 20,000 entries list as fast as 50 in a
/// view of one row height. A new list is one model reset.
class NotificationListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationListModel)

public:
    using Entry = NotificationList::Entry;
    /// The stored region of a slug (for its languages' native names), if any.
    using RegionLookup = std::function<std::optional<model::Region>(const QString &slug)>;

    using QAbstractListModel::QAbstractListModel;

    /// Lists `entries` (in this order); `lookup` is asked once per region slug among them.
    void setEntries(const QList<Entry> &entries, const RegionLookup &lookup);
    /// The second line of `row`: town, language and when it arrived.
    QString detailsAt(int row) const;
    /// How many rows have had their second line made since the last setEntries() (tests and the
    /// benchmark).
    int detailsMade() const { return int(m_details.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
    QHash<QString, QString> m_languageNames; ///< by region + '/' + language: the native name
    mutable QHash<int, QString> m_details;   ///< by row, made when first shown or read
};

} // namespace integreat::desktop
