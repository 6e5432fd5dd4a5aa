#include "core/content/regionindex.h"

#include "core/content/regionfilter.h"

#include <QCollator>
#include <algorithm>
#include <numeric>

namespace integreat::content {

RegionIndex::RegionIndex(QList<model::Region> regions)
    : m_regions(std::move(regions))
{
    m_words.reserve(m_regions.size());
    for (const model::Region &region : std::as_const(m_regions)) {
        Words words{regionWords(region.name), {}};
        words.aliases.reserve(region.aliases.size());
        for (const model::RegionAlias &alias : region.aliases)
            words.aliases.append(regionWords(alias.name));
        m_words.append(std::move(words));
    }
    m_order.resize(m_regions.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    const QCollator collator = regionCollator();
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        return regionSortsBefore(collator, m_regions.at(a), m_regions.at(b));
    });
}

bool RegionIndex::matches(int index, const QStringList &queryWords) const
{
    if (queryWords.isEmpty())
        return true;
    const Words &words = m_words.at(index);
    if (wordsStartWords(queryWords, words.name))
        return true;
    return std::any_of(words.aliases.cbegin(), words.aliases.cend(), [&](const QStringList &alias) {
        return wordsStartWords(queryWords, alias);
    });
}

QList<int> RegionIndex::filter(const QString &query, bool includeHidden) const
{
    QList<int> out;
    if (isHiddenRegionsQuery(query)) {
        for (const int i : m_order) {
            if (!m_regions.at(i).live)
                out.append(i);
        }
        return out;
    }
    const QStringList queryWords = regionWords(query);
    for (const int i : m_order) {
        if ((m_regions.at(i).live || includeHidden) && matches(i, queryWords))
            out.append(i);
    }
    return out;
}

QStringList RegionIndex::matchedAliases(int index, const QStringList &queryWords, int limit) const
{
    QStringList out;
    const Words &words = m_words.at(index);
    if (queryWords.isEmpty() || wordsStartWords(queryWords, words.name))
        return out;
    const QList<model::RegionAlias> &aliases = m_regions.at(index).aliases;
    for (qsizetype a = 0; a < aliases.size() && out.size() < limit; ++a) {
        if (wordsStartWords(queryWords, words.aliases.at(a)))
            out << aliases.at(a).name;
    }
    return out;
}

} // namespace integreat::content
