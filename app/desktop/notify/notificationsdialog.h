#pragma once

#include <QDialog>

class QLabel;
class QListView;
class QPushButton;

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

class NotificationList;
class NotificationListModel;

/// The in-app list of notifications (title, town, language, time), newest first, as a
/// NotificationListModel in a list view of one row height painted like the News list; activating
/// an entry (Enter, a double click) reports it (entryActivated) and closes the dialog.
class NotificationsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsDialog)

public:
    NotificationsDialog(store::Store &store, NotificationList &list, QWidget *parent = nullptr);

    QListView *listView() const { return m_list; }
    NotificationListModel *model() const { return m_model; }

signals:
    /// The entry at `index` of NotificationList::entries().
    void entryActivated(int index);

private:
    void reload();

    store::Store &m_store;
    NotificationList &m_entries;
    NotificationListModel *m_model;
    QListView *m_list;
    QLabel *m_empty;
    QPushButton *m_clear;
};

} // namespace integreat::desktop
