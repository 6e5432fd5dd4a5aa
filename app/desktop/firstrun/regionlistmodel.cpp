#include "desktop/firstrun/regionlistmodel.h"

#include "core/content/regionfilter.h"
#include "desktop/common/theme.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

// The words were first written in RegionList (a list widget then): they keep its translations.

namespace {

constexpr int MaxAliasesShown = 3; // like the official app

/// "A".."Z" from the name without prefix (accents dropped); "#" for anything else.
QString groupLetter(const model::Region &region)
{
    const QString name = content::normalizeRegionText(
        region.nameWithoutPrefix.isEmpty() ? region.name : region.nameWithoutPrefix);
    if (!name.isEmpty() && name.at(0).isLetter())
        return name.left(1).toUpper();
    return u"#"_s;
}

} // namespace

void RegionListModel::setRegions(const QList<model::Region> &regions)
{
    m_index = content::RegionIndex(regions);
    QStringList letters;
    letters.reserve(regions.size());
    for (const model::Region &region : regions)
        letters << groupLetter(region);
    // The rows shown so far point into the former list: none until show().
    beginResetModel();
    m_letters = std::move(letters);
    m_rows.clear();
    m_headers.clear();
    m_nearby.clear();
    m_regionCount = 0;
    endResetModel();
}

void RegionListModel::show(const QString &query, const QList<model::Region> &nearby)
{
    const QList<int> matches = m_index.filter(query);
    beginResetModel();
    m_rows.clear();
    m_headers.clear();
    m_nearby = nearby;
    m_queryWords = content::regionWords(query);
    m_rows.reserve(nearby.size() + matches.size() + 30);
    if (!nearby.isEmpty()) {
        m_headers.append(
            {QCoreApplication::translate("integreat::desktop::RegionList", "Nearby"),
             QCoreApplication::translate("integreat::desktop::RegionList", "Regions near you")});
        m_rows.append({Kind::Header, int(m_headers.size()) - 1});
        for (int i = 0; i < nearby.size(); ++i)
            m_rows.append({Kind::Nearby, i});
    }
    QString letter;
    for (const int i : matches) {
        const QString &group = m_letters.at(i);
        if (group != letter) {
            letter = group;
            m_headers.append({letter, QCoreApplication::translate("integreat::desktop::RegionList",
                                                                  "Regions starting with %1")
                                          .arg(letter)});
            m_rows.append({Kind::Header, int(m_headers.size()) - 1});
        }
        m_rows.append({Kind::Match, i});
    }
    m_regionCount = int(nearby.size() + matches.size());
    endResetModel();
}

bool RegionListModel::isHeader(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).kind == Kind::Header;
}

const model::Region &RegionListModel::regionAt(const Row &row) const
{
    return row.kind == Kind::Nearby ? m_nearby.at(row.index) : m_index.regions().at(row.index);
}

QString RegionListModel::slugAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).kind == Kind::Header)
        return {};
    return regionAt(m_rows.at(row)).slug;
}

int RegionListModel::rowOf(const QString &slug) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).kind != Kind::Header && regionAt(m_rows.at(row)).slug == slug)
            return row;
    }
    return -1;
}

int RegionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags RegionListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return isHeader(index.row()) ? Qt::ItemIsEnabled // not selectable
                                 : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant RegionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == HeaderRole)
        return row.kind == Kind::Header;
    return row.kind == Kind::Header ? headerData(m_headers.at(row.index), role)
                                    : regionData(row, role);
}

QVariant RegionListModel::headerData(const Header &header, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return header.text;
    case Qt::AccessibleTextRole:
        return header.accessibleText;
    case Qt::FontRole:
        return Theme::current().font(Theme::FontRole::Heading);
    case Qt::ForegroundRole:
        return Theme::current().textMuted;
    case Qt::BackgroundRole:
        return Theme::current().surfaceAlt;
    default:
        return {};
    }
}

QVariant RegionListModel::regionData(const Row &row, int role) const
{
    const model::Region &region = regionAt(row);
    switch (role) {
    case Qt::DisplayRole: {
        // A nearby row is listed without a query: its name alone.
        const QStringList aliases =
            row.kind == Kind::Match
                ? m_index.matchedAliases(row.index, m_queryWords, MaxAliasesShown)
                : QStringList();
        if (aliases.isEmpty())
            return region.name;
        return QCoreApplication::translate("integreat::desktop::RegionList", "%1 (%2)",
                                           "region name (matching aliases)")
            .arg(region.name, aliases.join(u", "_s));
    }
    case Qt::ToolTipRole: {
        if (region.aliases.isEmpty())
            return {};
        QStringList all;
        for (const model::RegionAlias &alias : region.aliases)
            all << alias.name;
        return QCoreApplication::translate("integreat::desktop::RegionList", "Also for: %1")
            .arg(all.join(u", "_s));
    }
    case SlugRole:
        return region.slug;
    default:
        return {};
    }
}

} // namespace integreat::desktop
