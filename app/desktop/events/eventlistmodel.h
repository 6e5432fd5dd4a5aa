#pragma once

#include "core/events/eventgrouping.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QLocale>

namespace integreat::desktop {

/// The rows of the Events list: a heading row (Today, Tomorrow…) before each group, then its
/// events. Each event keeps only what its row shows (title, path, a short excerpt, its dates);
/// the date lines are worked out when a row is first shown or read, so 100,000 events list as
/// fast as 100 and nothing is made per row up front. A new list is one model reset.
class EventListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventListModel)

public:
    /// The event's path (QString); empty for a heading row.
    static constexpr int PathRole = Qt::UserRole + 1;

    using QAbstractListModel::QAbstractListModel;

    void setEvents(const QList<events::ListedEvent> &rows, const QLocale &locale,
                   Qt::LayoutDirection direction);
    bool isHeading(int row) const;
    /// The path of the event in `row`; empty for a heading or no row.
    QString pathAt(int row) const;
    /// How many event rows have had their date lines worked out since the last setEvents()
    /// (tests and the benchmark).
    int textsWorkedOut() const { return int(m_texts.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QString headingText(events::EventGroup group);

private:
    struct Event
    {
        QString title;
        QString path;
        QString excerpt;
        events::Occurrence next;
        QList<events::Occurrence> moreDates;
        bool irregular = false;
    };
    struct Texts
    {
        QString date;
        QString more;
    };
    const Texts &textsAt(int row) const;
    QVariant headingData(events::EventGroup group, int role) const;

    QList<Event> m_events;
    /// Per row: the index in m_events, or -1 - group for a heading.
    QList<int> m_rows;
    QLocale m_locale;
    Qt::LayoutDirection m_direction = Qt::LeftToRight;
    mutable QHash<int, Texts> m_texts; ///< by row, worked out when first shown or read
};

} // namespace integreat::desktop
