#pragma once

#include "core/net/limits.h"
#include "core/net/reply.h"

#include <QObject>
#include <atomic>
#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace integreat::net {

/// Blocking GET through a Transfer, with retries: network errors, timeouts and the retryable
/// statuses are tried again after an exponential back-off with jitter (at least what Retry-After
/// asks for on 429/503), until maxAttempts or the policy's total time is used up. Runs a local
/// event loop per request, so call it from a worker thread or a command-line program, never
/// from a GUI slot. Redirects: the same origin only unless `allowRedirect` accepts more.
class Fetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Fetcher)

public:
    explicit Fetcher(TransferLimits limits = {}, RetryPolicy retry = {}, QObject *parent = nullptr);
    ~Fetcher() override;

    Reply get(const QUrl &url, const HeaderList &headers = {},
              const std::function<bool(const QUrl &)> &allowRedirect = {});

    /// Thread-safe: aborts the running request and every later one until reset().
    void cancel() { m_cancelled = true; }
    void reset() { m_cancelled = false; }
    bool isCancelled() const { return m_cancelled; }
    const TransferLimits &limits() const { return m_limits; }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    void setUserAgent(const QByteArray &agent) { m_userAgent = agent; }

signals:
    /// Bytes of the current body received so far (for progress displays).
    void bytesReceived(qint64 bytes);

private:
    Reply attempt(const QUrl &url, const HeaderList &headers,
                  const std::function<bool(const QUrl &)> &allowRedirect);
    bool waitBeforeRetry(std::chrono::milliseconds delay);

    TransferLimits m_limits;
    RetryPolicy m_retry;
    QByteArray m_userAgent;
    QNetworkAccessManager *m_manager;
    std::atomic<bool> m_cancelled{false};
};

} // namespace integreat::net
