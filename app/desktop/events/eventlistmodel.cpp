#include "desktop/events/eventlistmodel.h"

#include "desktop/events/eventitemdelegate.h"
#include "desktop/presentation/eventdatetext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

// The list's words keep the translation context of the widget they were first written in
// (literal contexts, so that lupdate finds them).

void EventListModel::setEvents(const QList<events::ListedEvent> &rows, const QLocale &locale,
                               Qt::LayoutDirection direction)
{
    beginResetModel();
    m_events.clear();
    m_rows.clear();
    m_texts.clear();
    m_events.reserve(rows.size());
    m_locale = locale;
    m_direction = direction;
    std::optional<events::EventGroup> group;
    for (const events::ListedEvent &row : rows) {
        if (group != row.group) {
            group = row.group;
            m_rows.append(-1 - int(row.group));
        }
        m_rows.append(int(m_events.size()));
        m_events.append({row.event.title, row.event.path, row.event.excerpt.left(300), row.next,
                         row.moreDates, row.irregular});
    }
    m_rows.squeeze();
    endResetModel();
}

bool EventListModel::isHeading(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row) < 0;
}

QString EventListModel::pathAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row) < 0)
        return {};
    return m_events.at(m_rows.at(row)).path;
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags EventListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // A heading is read but never chosen.
    return isHeading(index.row()) ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QString EventListModel::headingText(events::EventGroup group)
{
    switch (group) {
    case events::EventGroup::Today:
        return QCoreApplication::translate("integreat::desktop::EventList", "Today");
    case events::EventGroup::Tomorrow:
        return QCoreApplication::translate("integreat::desktop::EventList", "Tomorrow");
    case events::EventGroup::NextSevenDays:
        return QCoreApplication::translate("integreat::desktop::EventList", "Next 7 days");
    case events::EventGroup::NextThirtyDays:
        return QCoreApplication::translate("integreat::desktop::EventList", "Next 30 days");
    case events::EventGroup::Later:
        return QCoreApplication::translate("integreat::desktop::EventList", "Later");
    }
    return {};
}

const EventListModel::Texts &EventListModel::textsAt(int row) const
{
    auto it = m_texts.constFind(row);
    if (it != m_texts.constEnd())
        return *it;
    const Event &event = m_events.at(m_rows.at(row));
    Texts texts;
    texts.date = EventDateText::dateLine(event.next, m_locale);
    if (!event.moreDates.isEmpty()) {
        QStringList dates;
        for (const events::Occurrence &next : event.moreDates)
            dates << EventDateText::shortDate(next, m_locale);
        texts.more = QCoreApplication::translate("integreat::desktop::EventList", "More dates: %1")
                         .arg(dates.join(u" · "_s));
    }
    if (event.irregular) // the rule could not be expanded within bounds
        texts.more =
            texts.more.isEmpty()
                ? QCoreApplication::translate("integreat::desktop::EventList", "Irregular dates")
                : QCoreApplication::translate("integreat::desktop::EventList",
                                              "Irregular dates. %1")
                      .arg(texts.more);
    return *m_texts.insert(row, texts);
}

QVariant EventListModel::headingData(events::EventGroup group, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return headingText(group);
    case Qt::AccessibleDescriptionRole:
        return QCoreApplication::translate("integreat::desktop::EventList", "Heading");
    case EventItemDelegate::HeadingRole:
        return true;
    default:
        return {};
    }
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const int row = index.row();
    const int at = m_rows.at(row);
    if (at < 0)
        return headingData(events::EventGroup(-1 - at), role);
    const Event &event = m_events.at(at);
    switch (role) {
    case Qt::DisplayRole:
        return event.title;
    case PathRole:
        return event.path;
    case EventItemDelegate::HeadingRole:
        return false;
    case EventItemDelegate::DateRole:
        return textsAt(row).date;
    case EventItemDelegate::MoreDatesRole:
        return textsAt(row).more;
    case EventItemDelegate::HasMoreRole: // the row's height, without working out its texts
        return event.irregular || !event.moreDates.isEmpty();
    case Qt::AccessibleTextRole: { // screen readers get the whole row
        const Texts &texts = textsAt(row);
        return QStringList{event.title, texts.date, texts.more}.join(u", "_s);
    }
    case Qt::ToolTipRole:
        return event.excerpt.isEmpty() ? QVariant() : QVariant(event.excerpt);
    case Qt::TextAlignmentRole:
        return int(m_direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    default:
        return {};
    }
}

} // namespace integreat::desktop
