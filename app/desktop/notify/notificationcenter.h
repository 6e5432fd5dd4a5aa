#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

class NewsWatchController;
class NotificationList;
class NotificationsDialog;
class Notifier;
class Settings;
class SyncController;

/// Ties the news watcher to the user: each new item raises one desktop notification (through
/// the Notifier) and lands in the in-app list; a click on either asks to open the item
/// (openRequested). The window starts the watcher (NewsWatchController::start()).
class NotificationCenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationCenter)

public:
    NotificationCenter(store::Store &store, SyncController &sync, Settings &settings,
                       QWidget *window);
    ~NotificationCenter() override;

    NewsWatchController *watcher() const { return m_watcher; }
    NotificationList *list() const { return m_list; }
    Notifier *notifier() const { return m_notifier; }
    /// "Notifications (n)" for the main menu (n: arrived since the list was last shown).
    QAction *menuAction() const { return m_action; }
    /// Replaces the desktop notifier (tests); takes ownership.
    void setNotifier(Notifier *notifier);
    /// Shows the in-app list (non-modal); the dialog while it exists.
    void showList();
    NotificationsDialog *dialog() const;
    /// Opens the entry at `index` of the list.
    void activateEntry(int index);

signals:
    void openRequested(const QString &region, const QString &language, const QString &id);

private:
    void onNewsFound(const QString &region, const QString &language, const QStringList &ids,
                     const QStringList &titles);
    void onActivated(const QString &key);
    void showCount();

    store::Store &m_store;
    QWidget *m_window;
    NewsWatchController *m_watcher;
    NotificationList *m_list;
    Notifier *m_notifier = nullptr;
    QAction *m_action;
    QPointer<NotificationsDialog> m_dialog;
};

} // namespace integreat::desktop
