#include "core/api/httpclient.h"

#include "core/net/useragent.h"

namespace integreat::api {

net::TransferLimits HttpOptions::limits() const
{
    net::TransferLimits limits;
    limits.idleTimeoutMs = transferTimeoutMs;
    limits.maxBytes = maxBodyBytes;
    limits.slowGraceMs = slowGraceMs;
    limits.minBytesPerSecond = minBytesPerSecond;
    return limits;
}

HttpClient::HttpClient(HttpOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_fetcher(m_options.limits(), m_options.retry)
{
    if (m_options.userAgent.isEmpty())
        m_options.userAgent = defaultUserAgent();
    m_fetcher.setUserAgent(m_options.userAgent);
    connect(&m_fetcher, &net::Fetcher::bytesReceived, this, &HttpClient::bytesReceived);
}

HttpClient::~HttpClient() = default;

QByteArray HttpClient::defaultUserAgent()
{
    return net::userAgent();
}

HttpResult HttpClient::get(const QUrl &url, const net::HeaderList &extraHeaders)
{
    net::HeaderList headers{{"Accept", "application/json, */*;q=0.5"}};
    headers += extraHeaders;
    return m_fetcher.get(url, headers);
}

} // namespace integreat::api
