#pragma once

#include "core/content/regionindex.h"
#include "core/model/region.h"

#include <QAbstractListModel>
#include <QList>
#include <QStringList>

namespace integreat::desktop {

/// The rows of the region picker: an optional "Nearby" section, then the regions a query finds
/// grouped A–Z under letter headers (headers cannot be selected). The regions are prepared once
/// (content::RegionIndex: words normalized, order sorted; group letters worked out), so a query
/// only compares words and builds the row list: 20,000 regions filter as the user types. A row's
/// text is made when it is shown or read. A new query is one model reset.
class RegionListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionListModel)

public:
    static constexpr int SlugRole = Qt::UserRole;
    static constexpr int HeaderRole = Qt::UserRole + 1;

    using QAbstractListModel::QAbstractListModel;

    /// Prepares `regions` for filtering; the rows stay as they are until show().
    void setRegions(const QList<model::Region> &regions);
    /// Lists `nearby` first (when not empty), then the regions `query` finds (as
    /// content::filterRegions) grouped by the first letter of the name without prefix; a region
    /// found through an alias shows the aliases that matched beside its name.
    void show(const QString &query, const QList<model::Region> &nearby);

    /// Region rows (nearby ones included).
    int regionCount() const { return m_regionCount; }
    /// Regions the query found (nearby ones not counted).
    int matchCount() const { return m_regionCount - int(m_nearby.size()); }
    bool isHeader(int row) const;
    /// The slug of the region in `row`; empty for a header or no row.
    QString slugAt(int row) const;
    /// The first row of the region `slug`, or -1.
    int rowOf(const QString &slug) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    enum class Kind : quint8
    {
        Header,
        Nearby, ///< `index` into m_nearby
        Match   ///< `index` into m_index.regions()
    };
    struct Row
    {
        Kind kind;
        int index; ///< for a header: into m_headers
    };
    struct Header
    {
        QString text;
        QString accessibleText;
    };
    const model::Region &regionAt(const Row &row) const;
    QVariant headerData(const Header &header, int role) const;
    QVariant regionData(const Row &row, int role) const;

    content::RegionIndex m_index;
    QStringList m_letters; ///< per region of m_index: its A–Z group
    QList<model::Region> m_nearby;
    QStringList m_queryWords;
    QList<Header> m_headers;
    QList<Row> m_rows;
    int m_regionCount = 0;
};

} // namespace integreat::desktop
