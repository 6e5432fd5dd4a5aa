#pragma once

#include "core/net/fetcher.h"
#include "core/net/limits.h"
#include "core/net/reply.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

namespace integreat::api {

using RetryPolicy = net::RetryPolicy;
using HttpResult = net::Reply;

/// The settings of the API client, in the terms of the command line and the settings dialog.
struct HttpOptions
{
    /// A server silent this long fails the request (Qt's default is no timeout at all).
    int transferTimeoutMs = 30000;
    /// Larger bodies are stopped while they stream in (the biggest real lists are ~15 MB).
    qint64 maxBodyBytes = 64ll * 1024 * 1024;
    /// Once an answer has run this long its average rate must be at least minBytesPerSecond.
    int slowGraceMs = 20000;
    qint64 minBytesPerSecond = 1024;
    RetryPolicy retry;
    QByteArray userAgent; ///< empty: net::userAgent()

    net::TransferLimits limits() const;
};

/// The API lists' view of the transport (net::Fetcher): blocking GETs with retries, redirects
/// only to the same scheme, host and port. Call it from a worker thread or the CLI.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    explicit HttpClient(HttpOptions options = {}, QObject *parent = nullptr);
    ~HttpClient() override;

    static QByteArray defaultUserAgent();

    /// GET with retries. `extraHeaders` are sent as given (If-None-Match ...).
    HttpResult get(const QUrl &url, const net::HeaderList &extraHeaders = {});

    /// Thread-safe: aborts the running request and every later one until reset().
    void cancel() { m_fetcher.cancel(); }
    void reset() { m_fetcher.reset(); }
    bool isCancelled() const { return m_fetcher.isCancelled(); }
    const HttpOptions &options() const { return m_options; }

signals:
    /// Bytes of the current body received so far (for progress displays).
    void bytesReceived(qint64 bytes);

private:
    HttpOptions m_options;
    net::Fetcher m_fetcher;
};

} // namespace integreat::api
