// The D-Bus notifier (app/desktop/notify/dbusnotifier.h) against a fake notification service
// on a private session bus: run under `dbus-run-session` (ctest does; skipped without a bus).
#include "corpus.h"
#include "desktop/notify/dbusnotifier.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDeadlineTimer>
#include <QVariantMap>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::desktop;
using namespace Qt::StringLiterals;

namespace {

/// What a desktop's notification daemon offers, recording every call.
class FakeNotifications final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName, summary, body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Call> calls;
    uint nextId = 41;

public slots:
    uint Notify(const QString &appName, uint /*replacesId*/, const QString & /*icon*/,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int /*timeout*/)
    {
        calls.append({appName, summary, body, actions, hints});
        return ++nextId;
    }
    QStringList GetCapabilities() { return {u"actions"_s, u"body"_s}; }
    void CloseNotification(uint id) { emit NotificationClosed(id, 3); }

signals:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
};

bool waitFor(const std::function<bool()> &done, int ms = 5000)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return done();
}

} // namespace

TEST_CASE("notifier: a notification reaches the service and a click comes back", "[notify][dbus]")
{
    if (!QDBusConnection::sessionBus().isConnected()) {
        testing::reportSkip(u"no session bus; run under dbus-run-session"_s);
        return;
    }
    // The fake daemon on its own connection, as a separate process would be.
    QDBusConnection daemonBus =
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fake-notifications"_s);
    REQUIRE(daemonBus.isConnected());
    FakeNotifications daemon;
    REQUIRE(daemonBus.registerObject(u"/org/freedesktop/Notifications"_s, &daemon,
                                     QDBusConnection::ExportAllSlots |
                                         QDBusConnection::ExportAllSignals));

    DBusNotifier notifier;
    CHECK_FALSE(notifier.isAvailable()); // nothing registered yet: use the tray
    REQUIRE(daemonBus.registerService(u"org.freedesktop.Notifications"_s));
    CHECK(notifier.isAvailable());

    QStringList clicked;
    QObject::connect(&notifier, &DBusNotifier::activated,
                     [&clicked](const QString &key) { clicked << key; });
    notifier.notify(u"musterstadt/de/local-7"_s, u"Stadt Musterstadt"_s, u"Neue Öffnungszeiten"_s);
    REQUIRE(waitFor([&] { return daemon.calls.size() == 1; }));
    const auto &call = daemon.calls.first();
    CHECK(call.summary == u"Stadt Musterstadt"_s);
    CHECK(call.body == u"Neue Öffnungszeiten"_s);
    CHECK(call.actions.value(0) == u"default"_s);
    CHECK(call.hints.value(u"desktop-entry"_s).toString() ==
          u"de.integreat_app.IntegreatDesktop"_s);

    // Give the reply time to map the id, then the user clicks the bubble.
    waitFor([] { return false; }, 200);
    emit daemon.ActionInvoked(42, u"default"_s);
    REQUIRE(waitFor([&] { return !clicked.isEmpty(); }));
    CHECK(clicked == QStringList{u"musterstadt/de/local-7"_s});

    // Another application's notification id is ignored.
    emit daemon.ActionInvoked(7, u"default"_s);
    waitFor([] { return false; }, 200);
    CHECK(clicked.size() == 1);

    daemonBus.unregisterService(u"org.freedesktop.Notifications"_s);
    QDBusConnection::disconnectFromBus(u"fake-notifications"_s);
}

#include "test_notifier.moc"
