#pragma once

// Helpers for the transport fault tests: short limits, a message catcher, an event-loop wait.
#include "core/net/limits.h"
#include "core/net/proxy.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMutex>
#include <QStringList>
#include <functional>

namespace integreat::testing {

/// Limits that make the trickle test take about two seconds: 1 s grace, then 100 bytes a second.
inline net::TransferLimits shortLimits()
{
    net::TransferLimits limits;
    limits.idleTimeoutMs = 5000;
    limits.slowGraceMs = 1000;
    limits.minBytesPerSecond = 100;
    return limits;
}

/// Collects every Qt message (qWarning ...) while it lives.
class MessageCatcher final
{
    Q_DISABLE_COPY_MOVE(MessageCatcher)

public:
    MessageCatcher() { s_previous = qInstallMessageHandler(&MessageCatcher::handle); }
    ~MessageCatcher() { qInstallMessageHandler(s_previous); }
    static QStringList messages()
    {
        QMutexLocker lock(&s_mutex);
        return s_messages;
    }

private:
    static void handle(QtMsgType, const QMessageLogContext &, const QString &message)
    {
        QMutexLocker lock(&s_mutex);
        s_messages.append(message);
    }
    static inline QtMessageHandler s_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QStringList s_messages;
};

/// Sends every request of the process through `url` while it lives, then none.
class ProxyGuard final
{
    Q_DISABLE_COPY_MOVE(ProxyGuard)

public:
    explicit ProxyGuard(const QString &url) { m_error = net::Proxy::configure(url); }
    ~ProxyGuard() { net::Proxy::configure(QStringLiteral("none")); }
    QString error() const { return m_error; }

private:
    QString m_error;
};

inline bool waitFor(const std::function<bool()> &done, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

} // namespace integreat::testing
