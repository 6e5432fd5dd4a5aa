#include "core/chat/chatclient.h"

using namespace Qt::StringLiterals;

namespace integreat::chat {

ChatClient::ChatClient(QNetworkAccessManager &manager, const QUrl &server, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_transfer(manager)
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
    m_transfer.cancel();
}

void ChatClient::start(const ChatAddress &address, std::optional<QByteArray> postBody)
{
    net::Transfer::Request request;
    request.url = chatUrl(m_server, address);
    request.headers = {{"Accept", "application/json"}};
    if (postBody)
        request.headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    request.limits = m_limits;
    request.postBody = std::move(postBody);
    const bool wasSend = request.postBody.has_value();
    m_transfer.start(std::move(request),
                     [this, wasSend](const net::Reply &reply) { onFinished(reply, wasSend); });
}

void ChatClient::onFinished(const net::Reply &reply, bool wasSend)
{
    ChatResult result;
    if (reply.ok()) {
        ChatParse parsed = parseChat(reply.body);
        if (parsed.error.isEmpty()) {
            result.status = ChatResult::Status::Ok;
            result.thread = std::move(parsed.thread);
        } else {
            result.error = parsed.error;
        }
    } else if (reply.isOffline()) {
        result.status = ChatResult::Status::Offline;
        result.error = reply.error;
    } else if (reply.outcome != net::Reply::Outcome::HttpError) {
        result.error = reply.error; // too large, a refused redirect
    } else if (reply.status == 404 && !wasSend) {
        result.status = ChatResult::Status::Empty;
    } else if (reply.status == 429) {
        result.status = ChatResult::Status::RateLimited;
    } else if (reply.status == 503) {
        result.status = ChatResult::Status::Unavailable;
    } else {
        result.error = tr("The chat server answered with an error (HTTP %1).").arg(reply.status);
    }
    emit finished(result, wasSend);
}

} // namespace integreat::chat
