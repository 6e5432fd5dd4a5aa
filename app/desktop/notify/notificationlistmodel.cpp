#include "desktop/notify/notificationlistmodel.h"

#include "desktop/events/eventitemdelegate.h"
#include "desktop/presentation/datetext.h"
#include "desktop/presentation/languages.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// The words were first written in NotificationsDialog (a list widget then): they keep its
// translations.

namespace integreat::desktop {

namespace {

QString languageKey(const QString &region, const QString &language)
{
    return region + u'/' + language;
}

} // namespace

void NotificationListModel::setEntries(const QList<Entry> &entries, const RegionLookup &lookup)
{
    QHash<QString, std::optional<model::Region>> regions;
    QHash<QString, QString> names;
    for (const Entry &entry : entries) {
        const QString key = languageKey(entry.region, entry.language);
        if (names.contains(key))
            continue;
        auto region = regions.constFind(entry.region);
        if (region == regions.constEnd())
            region = regions.insert(entry.region, lookup(entry.region));
        names.insert(key, ContentLanguage::of(*region, entry.language).nativeName);
    }
    beginResetModel();
    m_entries = entries;
    m_languageNames = std::move(names);
    m_details.clear();
    endResetModel();
}

QString NotificationListModel::detailsAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    auto it = m_details.constFind(row);
    if (it != m_details.constEnd())
        return *it;
    const Entry &entry = m_entries.at(row);
    const QString language = m_languageNames.value(languageKey(entry.region, entry.language));
    const QString details =
        QCoreApplication::translate("integreat::desktop::NotificationsDialog", "%1 · %2 · %3")
            .arg(entry.town.isEmpty() ? entry.region : entry.town,
                 language.isEmpty() ? entry.language : language,
                 DateText::dateTime(entry.received));
    return *m_details.insert(row, details);
}

int NotificationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant NotificationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const QString &title = m_entries.at(index.row()).title;
    switch (role) {
    case Qt::DisplayRole:
        return title;
    case EventItemDelegate::DateRole:
        return detailsAt(index.row());
    case EventItemDelegate::HasMoreRole: // two lines, no third
        return false;
    case Qt::ToolTipRole: // the whole title, when the row elides it
        return QString(title + u'\n' + detailsAt(index.row()));
    case Qt::AccessibleTextRole:
        return QCoreApplication::translate("integreat::desktop::NotificationsDialog", "%1, %2")
            .arg(title, detailsAt(index.row()));
    default:
        return {};
    }
}

} // namespace integreat::desktop
