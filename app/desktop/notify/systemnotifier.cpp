#include "desktop/notify/systemnotifier.h"

#include "desktop/common/icons.h"
#include "desktop/notify/dbusnotifier.h"

#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

SystemNotifier::SystemNotifier(QObject *parent)
    : Notifier(parent)
{
}

SystemNotifier::~SystemNotifier() = default;

void SystemNotifier::notify(const QString &key, const QString &title, const QString &body)
{
    if (!m_dbusChecked) {
        m_dbusChecked = true;
        m_dbus = new DBusNotifier(QDBusConnection::sessionBus(), this);
        m_dbusAvailable = m_dbus->isAvailable();
        connect(m_dbus, &DBusNotifier::activated, this, &Notifier::activated);
        connect(m_dbus, &DBusNotifier::failed, this, &SystemNotifier::notifyByTray);
    }
    if (m_dbusAvailable)
        m_dbus->notify(key, title, body);
    else
        notifyByTray(key, title, body);
}

void SystemNotifier::notifyByTray(const QString &key, const QString &title, const QString &body)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return; // the in-app list still has it
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(Icons::appIcon(), this);
        m_tray->setToolTip(tr("Integreat"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                [this] { emit activated(m_trayKey); });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] { emit activated({}); });
    }
    m_tray->show();
    m_trayKey = key;
    m_tray->showMessage(title, body, Icons::appIcon());
}

} // namespace integreat::desktop
