#include "core/chat/chatclient.h"

#include "core/net/transfer.h"

using namespace Qt::StringLiterals;

namespace integreat::chat {

ChatClient::ChatClient(QNetworkAccessManager &manager, const QUrl &server, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_server(server)
{
    m_limits.idleTimeoutMs = 20000;
    m_limits.maxBytes = 4 * 1024 * 1024; // a chat is text: a few KB
}

ChatClient::~ChatClient()
{
    cancel();
}

QUrl ChatClient::chatUrl(const QUrl &server, const ChatAddress &address)
{
    return apiUrl(server, {address.region, address.language, u"chat"_s, address.deviceId});
}

QUrl ChatClient::apiUrl(const QUrl &server, const QStringList &segments)
{
    QUrl url = server;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    path += u"/api/v3/"_s;
    for (const QString &segment : segments)
        path += QString::fromLatin1(QUrl::toPercentEncoding(segment)) + u'/';
    url.setPath(path, QUrl::TolerantMode);
    return url;
}

void ChatClient::fetch(const ChatAddress &address)
{
    start(address, std::nullopt);
}

void ChatClient::send(const ChatAddress &address, const QString &message)
{
    // application/x-www-form-urlencoded: every byte but the unreserved ones percent-encoded.
    start(address, "message=" + QUrl::toPercentEncoding(message));
}

void ChatClient::cancel()
{
    if (m_transfer) {
        m_transfer->disconnect(this);
        m_transfer->cancel();
        m_transfer->deleteLater();
        m_transfer.clear();
    }
}

void ChatClient::start(const ChatAddress &address, std::optional<QByteArray> postBody)
{
    cancel();
    net::Transfer::Request request;
    request.url = chatUrl(m_server, address);
    request.headers = {{"Accept", "application/json"}};
    if (postBody)
        request.headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    request.limits = m_limits;
    request.postBody = std::move(postBody);
    m_sending = request.postBody.has_value();
    m_transfer = new net::Transfer(m_manager, std::move(request), this);
    connect(m_transfer, &net::Transfer::finished, this, &ChatClient::onFinished);
    m_transfer->start();
}

void ChatClient::onFinished()
{
    net::Transfer *transfer = m_transfer;
    if (!transfer)
        return;
    m_transfer.clear();
    const net::Reply reply = transfer->reply();
    transfer->deleteLater();

    ChatResult result;
    switch (reply.outcome) {
    case net::Reply::Outcome::Ok: {
        ChatParse parsed = parseChat(reply.body);
        if (parsed.error.isEmpty()) {
            result.status = ChatResult::Status::Ok;
            result.thread = std::move(parsed.thread);
        } else {
            result.error = parsed.error;
        }
        break;
    }
    case net::Reply::Outcome::HttpError:
        if (reply.status == 404 && !m_sending)
            result.status = ChatResult::Status::Empty;
        else if (reply.status == 429)
            result.status = ChatResult::Status::RateLimited;
        else if (reply.status == 503)
            result.status = ChatResult::Status::Unavailable;
        else
            result.error =
                tr("The chat server answered with an error (HTTP %1).").arg(reply.status);
        break;
    case net::Reply::Outcome::NetworkError:
    case net::Reply::Outcome::Timeout:
    case net::Reply::Outcome::TooSlow:
        result.status = ChatResult::Status::Offline;
        result.error = reply.error;
        break;
    case net::Reply::Outcome::Cancelled:
        return;
    default:
        result.error = reply.error;
        break;
    }
    emit finished(result, m_sending);
}

} // namespace integreat::chat
