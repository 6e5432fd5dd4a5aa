#include "core/net/transfer.h"

#include "core/net/redirects.h"
#include "core/net/useragent.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace integreat::net {

namespace {
constexpr int RateCheckMs = 250;

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

QString hostOf(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery |
                               QUrl::RemoveFragment);
}
} // namespace

Transfer::Transfer(QNetworkAccessManager &manager, Request request, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_request(std::move(request))
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &Transfer::onIdle);
    connect(&m_rate, &QTimer::timeout, this, &Transfer::checkThroughput);
    m_reply.url = m_request.url;
}

Transfer::~Transfer()
{
    if (m_network) {
        m_network->disconnect(this);
        m_network->abort();
        m_network->deleteLater();
    }
}

void Transfer::start()
{
    QNetworkRequest request(m_request.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(std::max(0, m_request.limits.maxRedirects));
    const QByteArray agent = m_request.userAgent.isEmpty() ? userAgent() : m_request.userAgent;
    request.setHeader(QNetworkRequest::UserAgentHeader, QString::fromUtf8(agent));
    for (const auto &[name, value] : std::as_const(m_request.headers))
        request.setRawHeader(name, value);

    m_sinceStart.start();
    m_network =
        m_request.postBody ? m_manager.post(request, *m_request.postBody) : m_manager.get(request);
    // Back-pressure: Qt's network thread stops reading from the socket while 4 MB wait to be
    // taken here, so a server faster than this thread cannot grow memory past the size cap.
    m_network->setReadBufferSize(4 * 1024 * 1024);
    connect(m_network, &QNetworkReply::metaDataChanged, this, &Transfer::onMetaData);
    connect(m_network, &QNetworkReply::readyRead, this, &Transfer::onReadyRead);
    connect(m_network, &QNetworkReply::redirected, this, &Transfer::onRedirected);
    connect(m_network, &QNetworkReply::finished, this, &Transfer::onFinished);
    if (m_request.limits.idleTimeoutMs > 0)
        m_idle.start(m_request.limits.idleTimeoutMs);
    if (m_request.limits.minBytesPerSecond > 0)
        m_rate.start(RateCheckMs);
}

void Transfer::cancel()
{
    stop(Reply::Outcome::Cancelled, tr("Cancelled."));
}

bool Transfer::isSuccess() const
{
    return m_reply.status >= 200 && m_reply.status < 300;
}

void Transfer::onMetaData()
{
    if (m_stopped || !m_network)
        return;
    if (m_idle.isActive())
        m_idle.start();
    const int status = m_network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_headersSeen || (status >= 300 && status < 400 && status != 304))
        return; // a redirect's headers: the final answer comes later
    m_headersSeen = true;
    m_sinceAnswer.start();
    m_reply.status = status;
    m_reply.headers = m_network->rawHeaderPairs();
    const qint64 announced = m_network->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (announced > m_request.limits.maxBytes)
        return stop(Reply::Outcome::TooLarge,
                    tr("The download is larger than %1 MB; it was stopped.")
                        .arg(megabytes(m_request.limits.maxBytes)));
    if (isSuccess() && m_headerCheck) {
        const QString refused = m_headerCheck(m_reply);
        if (!refused.isEmpty())
            return stop(Reply::Outcome::Refused, refused);
    }
}

void Transfer::onReadyRead()
{
    if (m_stopped || !m_network || !m_network->isOpen())
        return;
    onMetaData();
    if (m_stopped)
        return;
    take(m_network->readAll());
}

void Transfer::take(const QByteArray &chunk)
{
    if (chunk.isEmpty() || m_stopped)
        return;
    if (m_idle.isActive())
        m_idle.start();
    if (m_reply.bytes + chunk.size() > m_request.limits.maxBytes)
        return stop(Reply::Outcome::TooLarge,
                    tr("The download is larger than %1 MB; it was stopped.")
                        .arg(megabytes(m_request.limits.maxBytes)));
    m_reply.bytes += chunk.size();
    if (m_sink && isSuccess()) {
        const QString failed = m_sink(chunk);
        if (!failed.isEmpty())
            return stop(Reply::Outcome::WriteFailed, failed);
    } else {
        m_reply.body.append(chunk);
    }
    emit bytesReceived(m_reply.bytes);
}

void Transfer::onRedirected(const QUrl &target)
{
    if (m_stopped || !m_network)
        return;
    const QUrl from = m_network->url();
    const bool downgrade = from.scheme() == u"https" && target.scheme() != u"https";
    const bool allowed = sameOrigin(target, m_request.url) ||
                         (m_request.allowRedirect && m_request.allowRedirect(target));
    if (downgrade || !allowed) {
        return stop(Reply::Outcome::Redirect,
                    tr("The server sent the request on to %1, which is not allowed.")
                        .arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    }
    ++m_redirects;
    m_reply.url = target;
    emit m_network->redirectAllowed();
}

void Transfer::onIdle()
{
    const int seconds = (m_request.limits.idleTimeoutMs + 999) / 1000;
    stop(Reply::Outcome::Timeout,
         tr("The server did not answer within %n second(s).", nullptr, seconds));
}

void Transfer::checkThroughput()
{
    const TransferLimits &limits = m_request.limits;
    if (m_stopped || !m_sinceAnswer.isValid() || limits.minBytesPerSecond <= 0)
        return;
    const qint64 elapsed = m_sinceAnswer.elapsed();
    if (elapsed < limits.slowGraceMs || m_reply.bytes * 1000 >= limits.minBytesPerSecond * elapsed)
        return;
    stop(Reply::Outcome::TooSlow,
         tr("The server sent only %1 bytes in %n second(s), less than %2 bytes a second; the "
            "download was stopped.",
            nullptr, int(elapsed / 1000))
             .arg(m_reply.bytes)
             .arg(limits.minBytesPerSecond));
}

void Transfer::stop(Reply::Outcome outcome, const QString &error)
{
    if (m_stopped || m_finished)
        return;
    m_stopped = true;
    m_reply.outcome = outcome;
    m_reply.error = error;
    m_idle.stop();
    m_rate.stop();
    if (m_network && !m_network->isFinished())
        m_network->abort(); // emits finished(): conclude() runs from onFinished()
    else
        conclude();
}

void Transfer::onFinished()
{
    if (m_finished)
        return;
    m_idle.stop();
    m_rate.stop();
    if (!m_stopped && m_network && m_network->isOpen()) {
        onMetaData();
        take(m_network->readAll());
    }
    conclude();
}

void Transfer::conclude()
{
    if (m_finished)
        return;
    m_finished = true;
    QNetworkReply *network = m_network;
    if (network) {
        network->disconnect(this);
        network->deleteLater();
        m_network = nullptr;
        if (!m_headersSeen) {
            m_reply.status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            m_reply.headers = network->rawHeaderPairs();
        }
    }
    if (!m_stopped && network) {
        const QNetworkReply::NetworkError error = network->error();
        if (m_reply.status >= 400) {
            m_reply.outcome = Reply::Outcome::HttpError;
            m_reply.error =
                m_reply.status == 404
                    ? tr("Not found on the server (HTTP 404).")
                    : tr("The server answered with an error (HTTP %1).").arg(m_reply.status);
        } else if (error != QNetworkReply::NoError) {
            m_reply.outcome = error == QNetworkReply::TimeoutError ||
                                      error == QNetworkReply::OperationCanceledError
                                  ? Reply::Outcome::Timeout
                                  : Reply::Outcome::NetworkError;
            m_reply.error = networkErrorText(*network);
            m_reply.networkError = int(error);
        } else {
            bool announced = false;
            const qint64 length = m_reply.header("Content-Length").toLongLong(&announced);
            if (announced && m_reply.header("Content-Encoding").isEmpty() &&
                length > m_reply.bytes) {
                m_reply.outcome = Reply::Outcome::NetworkError;
                m_reply.error = tr("The connection was closed before the download was complete.");
            } else {
                m_reply.outcome = Reply::Outcome::Ok;
            }
        }
    }
    if (!m_reply.ok() && m_sink)
        m_reply.body.clear();
    emit finished();
}

QString Transfer::networkErrorText(const QNetworkReply &network) const
{
    const QString host = hostOf(m_reply.url);
    const QString detail = network.errorString();
    if (detail.contains(u"ecompression"_s))
        return tr("The server sent compressed data that cannot be unpacked safely (damaged, or "
                  "far larger unpacked than sent); the download was stopped.");
    switch (network.error()) {
    case QNetworkReply::RemoteHostClosedError:
        return tr("The connection was closed before the download was complete.");
    case QNetworkReply::HostNotFoundError:
        return tr("The server %1 was not found; check the address and the internet connection.")
            .arg(host);
    case QNetworkReply::ConnectionRefusedError:
        return tr("The server %1 refused the connection.").arg(host);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return tr("The server did not answer within %n second(s).", nullptr,
                  (m_request.limits.idleTimeoutMs + 999) / 1000);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The secure connection to %1 could not be established: %2").arg(host, detail);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return tr("The proxy could not be reached: %1").arg(detail);
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("The proxy asks for a user name and password.");
    case QNetworkReply::TooManyRedirectsError:
        return tr("The server sent the request on too many times.");
    case QNetworkReply::InsecureRedirectError:
        return tr("The server sent the request on from https to http, which is not allowed.");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("There is no network connection.");
    default:
        break;
    }
    if (detail.isEmpty() || detail == u"Unknown error"_s)
        return tr("Network error (code %1).").arg(int(network.error()));
    return tr("Network error: %1").arg(detail);
}

} // namespace integreat::net
