#include "desktop/notify/dbusnotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {

const QString kInterface = u"org.freedesktop.Notifications"_s;

} // namespace

DBusNotifier::DBusNotifier(QDBusConnection bus, QObject *parent)
    : QObject(parent)
    , m_bus(std::move(bus))
{
    const QString service = QString::fromUtf16(Service);
    const QString path = QString::fromUtf16(Path);
    m_bus.connect(service, path, kInterface, u"ActionInvoked"_s, this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(service, path, kInterface, u"NotificationClosed"_s, this,
                  SLOT(onClosed(uint, uint)));
}

bool DBusNotifier::isAvailable() const
{
    if (!m_bus.isConnected() || !m_bus.interface())
        return false;
    const auto registered = m_bus.interface()->isServiceRegistered(QString::fromUtf16(Service));
    if (registered.isValid() && registered.value())
        return true;
    // Activatable services (started on first use) count too.
    const QDBusReply<QStringList> activatable = m_bus.interface()->call(u"ListActivatableNames"_s);
    return activatable.isValid() && activatable.value().contains(QString::fromUtf16(Service));
}

void DBusNotifier::notify(const QString &key, const QString &title, const QString &body)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QString::fromUtf16(Service), QString::fromUtf16(Path), kInterface, u"Notify"_s);
    QVariantMap hints;
    hints.insert(u"desktop-entry"_s, QString::fromUtf16(DesktopEntry));
    hints.insert(u"category"_s, u"im.received"_s);
    call << u"Integreat"_s << uint(0) << u"integreat-desktop"_s << title << body
         << QStringList{u"default"_s, tr("Open")} << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, key, title, body] {
        const QDBusPendingReply<uint> reply = *watcher;
        watcher->deleteLater();
        if (reply.isError())
            emit failed(key, title, body);
        else
            m_keys.insert(reply.value(), key);
    });
}

void DBusNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_keys.constFind(id);
    if (it == m_keys.constEnd())
        return; // another application's notification
    if (action == u"default"_s)
        emit activated(*it);
}

void DBusNotifier::onClosed(uint id, uint /*reason*/)
{
    m_keys.remove(id);
}

} // namespace integreat::desktop
