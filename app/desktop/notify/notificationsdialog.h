#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

class NotificationList;

/// The in-app list of notifications (title, town, language, time), newest first; activating an
/// entry reports it (entryActivated) and closes the dialog.
class NotificationsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsDialog)

public:
    NotificationsDialog(store::Store &store, NotificationList &list, QWidget *parent = nullptr);

    QListWidget *listWidget() const { return m_list; }

signals:
    /// The entry at `index` of NotificationList::entries().
    void entryActivated(int index);

private:
    void reload();

    store::Store &m_store;
    NotificationList &m_entries;
    QListWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_clear;
};

} // namespace integreat::desktop
