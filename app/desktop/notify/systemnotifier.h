#pragma once

#include "desktop/notify/notifier.h"

class QSystemTrayIcon;

namespace integreat::desktop {

class DBusNotifier;

/// Desktop notifications: org.freedesktop.Notifications over the session bus where a
/// notification service runs, else a message from the tray icon (shown only then, and only
/// where a tray exists). Both are created on first use.
class SystemNotifier final : public Notifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemNotifier)

public:
    explicit SystemNotifier(QObject *parent = nullptr);
    ~SystemNotifier() override;

    void notify(const QString &key, const QString &title, const QString &body) override;

private:
    void notifyByTray(const QString &key, const QString &title, const QString &body);

    DBusNotifier *m_dbus = nullptr;
    bool m_dbusChecked = false;
    bool m_dbusAvailable = false;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_trayKey; ///< the key of the tray's last message
};

} // namespace integreat::desktop
