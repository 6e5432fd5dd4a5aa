#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QString>

namespace integreat::desktop {

/// Desktop notifications through org.freedesktop.Notifications over D-Bus: one bubble per
/// call with a default "Open" action and the desktop-entry hint (so the desktop shows the
/// app's name and icon and groups them); a click reports the caller's key (activated()).
/// Where no notification service runs (isAvailable() false) the caller falls back to the tray.
class DBusNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DBusNotifier)

public:
    static constexpr char16_t Service[] = u"org.freedesktop.Notifications";
    static constexpr char16_t Path[] = u"/org/freedesktop/Notifications";
    static constexpr char16_t DesktopEntry[] = u"de.integreat_app.IntegreatDesktop";

    explicit DBusNotifier(QDBusConnection bus = QDBusConnection::sessionBus(),
                          QObject *parent = nullptr);

    bool isAvailable() const;
    /// Shows a notification; `key` comes back through activated() when it is clicked.
    void notify(const QString &key, const QString &title, const QString &body);

signals:
    void activated(const QString &key);
    /// The service answered with an error (or was gone): the caller may use the tray instead.
    void failed(const QString &key, const QString &title, const QString &body);

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    QHash<uint, QString> m_keys; ///< notification id -> key, while it is shown
};

} // namespace integreat::desktop
