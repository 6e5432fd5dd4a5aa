#pragma once

#include "core/model/region.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace integreat::content {

/// A list of regions prepared once for searching while the user types (issue 11: up to 20,000
/// regions): every name and alias normalized and split into words once (regionWords), and the
/// order of sortRegions() worked out once. filter() then only compares words: it answers what
/// filterRegions() answers (which is built on it), as positions in regions(). Qt Core only.
class RegionIndex final
{
public:
    RegionIndex() = default;
    explicit RegionIndex(QList<model::Region> regions);

    const QList<model::Region> &regions() const { return m_regions; }
    /// The positions in regions() of the regions `query` finds, in the order of filterRegions():
    /// live ones only unless `includeHidden`; "wirschaffendas" lists exactly the hidden ones.
    QList<int> filter(const QString &query, bool includeHidden = false) const;
    /// Whether the region at `index` matches `queryWords` (regionWords of a query) by its name
    /// or an alias, as regionMatches().
    bool matches(int index, const QStringList &queryWords) const;
    /// The aliases of the region at `index` that `queryWords` match when its name does not (at
    /// most `limit`, in the region's order); empty for no query words.
    QStringList matchedAliases(int index, const QStringList &queryWords, int limit) const;

private:
    struct Words
    {
        QStringList name;
        QList<QStringList> aliases;
    };

    QList<model::Region> m_regions;
    QList<Words> m_words; ///< per region
    QList<int> m_order;   ///< every position, sorted as sortRegions()
};

} // namespace integreat::content
