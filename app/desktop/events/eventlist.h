#pragma once

#include "core/events/eventgrouping.h"
#include "desktop/events/eventlistmodel.h"

#include <QLocale>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QListView;

namespace integreat::desktop {

/// The events list: a date-range filter on top, then the events under Today / Tomorrow /
/// Next 7 days / Next 30 days / Later, each with its date line and its next dates: a QListView
/// over an EventListModel, so only the rows on screen are worked out and painted.
class EventList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventList)

public:
    static constexpr int PathRole = EventListModel::PathRole;

    explicit EventList(QWidget *parent = nullptr);

    void showEvents(const QList<events::ListedEvent> &rows, const QLocale &locale,
                    Qt::LayoutDirection direction);
    /// While the events are worked out: "Loading events…" when nothing is listed yet (what is
    /// listed stays until showEvents()).
    void showLoading();
    /// The chosen range as the first and last day, or invalid dates when off.
    QDate rangeFrom() const;
    QDate rangeTo() const;
    void setRange(const QDate &from, const QDate &to);
    void clearRange();
    /// Sets the range editors' first day (today) when the range is off.
    void setToday(const QDate &today);

    QListView *list() const { return m_list; }
    EventListModel *model() const { return m_model; }
    /// The events' titles as listed, for tests.
    QStringList titles() const;
    QStringList headings() const;

signals:
    void eventActivated(const QString &path);
    void rangeChanged();

private:
    void onActivated(const QModelIndex &index);

    QCheckBox *m_rangeOn;
    QDateEdit *m_from;
    QDateEdit *m_to;
    EventListModel *m_model;
    QListView *m_list;
    QLabel *m_empty;
};

} // namespace integreat::desktop
