#include "core/chat/chatenabledcheck.h"

#include "core/chat/chatclient.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace integreat::chat {

ChatEnabledCheck::ChatEnabledCheck(QNetworkAccessManager &manager, const QUrl &server,
                                   QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_transfer(manager)
{
    m_limits.idleTimeoutMs = 15000;
    m_limits.maxBytes = 64 * 1024; // one flag
}

ChatEnabledCheck::~ChatEnabledCheck()
{
    cancel();
}

QUrl ChatEnabledCheck::url(const QUrl &server, const QString &region, const QString &deviceId)
{
    return ChatClient::apiUrl(server, {region, deviceId, u"is_chat_enabled"_s});
}

ChatEnabledCheck::Answer ChatEnabledCheck::parse(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue flag = doc.object().value("is_chat_enabled"_L1);
    if (!flag.isBool())
        return Answer::Unknown;
    return flag.toBool() ? Answer::Enabled : Answer::Disabled;
}

void ChatEnabledCheck::check(const QString &region, const QString &deviceId)
{
    m_region = region;
    m_deviceId = deviceId;
    net::Transfer::Request request;
    request.url = url(m_server, region, deviceId);
    request.headers = {{"Accept", "application/json"}};
    request.limits = m_limits;
    m_transfer.start(std::move(request), [this](const net::Reply &reply) {
        // 404 (a server without the endpoint), other errors, no connection: the region decides.
        const Answer answer = reply.ok() ? parse(reply.body) : Answer::Unknown;
        emit finished(m_region, m_deviceId, answer);
    });
}

void ChatEnabledCheck::cancel()
{
    m_transfer.cancel();
}

} // namespace integreat::chat
