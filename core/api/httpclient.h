#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <atomic>
#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace integreat::api {

struct RetryPolicy
{
    int maxAttempts = 4; ///< first try included
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{8000};
    /// A Retry-After longer than this is not waited for: the request fails with a clear message.
    std::chrono::milliseconds maxRetryAfter{120000};
};

struct HttpOptions
{
    /// Qt's default is no timeout at all; a stalled server must not hang a sync.
    int transferTimeoutMs = 30000;
    /// Larger bodies are aborted while downloading (the biggest real lists are ~15 MB).
    qint64 maxBodyBytes = 64ll * 1024 * 1024;
    RetryPolicy retry;
    QByteArray userAgent; ///< empty: defaultUserAgent()
};

struct HttpResult
{
    enum class Outcome { Ok, HttpError, NetworkError, Timeout, TooLarge, Cancelled };
    Outcome outcome = Outcome::NetworkError;
    int status = 0; ///< HTTP status, 0 when none arrived
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString error; ///< user-readable cause, empty when ok
    int attempts = 0;

    bool ok() const { return outcome == Outcome::Ok; }
    bool notFound() const { return outcome == Outcome::HttpError && status == 404; }
    QByteArray header(const QByteArray &name) const;
};

/// A blocking HTTP GET client with timeouts, bounded bodies, retries with exponential backoff and
/// jitter, and Retry-After on 429/503. It runs a local event loop per request, so call it from a
/// worker thread (the GUI) or a command-line program, never from a GUI slot.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    explicit HttpClient(HttpOptions options = {}, QObject *parent = nullptr);
    ~HttpClient() override;

    static QByteArray defaultUserAgent();

    /// GET with retries. `extraHeaders` are sent as given (If-None-Match ...).
    HttpResult get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});

    /// Thread-safe: aborts the running request and every later one until reset().
    void cancel() { m_cancelled = true; }
    void reset() { m_cancelled = false; }
    bool isCancelled() const { return m_cancelled; }
    const HttpOptions &options() const { return m_options; }

signals:
    /// Bytes of the current body received so far (for progress displays).
    void bytesReceived(qint64 bytes);

private:
    HttpResult attempt(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &extraHeaders);
    bool waitBeforeRetry(std::chrono::milliseconds delay);
    std::chrono::milliseconds backoff(int attempt) const;

    HttpOptions m_options;
    QNetworkAccessManager *m_manager;
    std::atomic<bool> m_cancelled{false};
};

/// Parses Retry-After (delta-seconds or an HTTP-date); negative when absent or unparsable.
std::chrono::milliseconds parseRetryAfter(const QByteArray &value);

} // namespace integreat::api
