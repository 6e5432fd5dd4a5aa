#include "chatservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace integreat::testing {

void ChatService::install(TestServer &server)
{
    server.addHandler(u"api/v3/"_s,
                      [this](const RecordedRequest &request) { return handle(request); });
}

void ChatService::enable(const QString &region)
{
    QMutexLocker lock(&m_mutex);
    m_regions.insert(region);
}

void ChatService::answer(const QString &deviceId, const QString &html, bool automatic)
{
    QMutexLocker lock(&m_mutex);
    Chat &chat = m_chats[deviceId];
    chat.messages.append({m_nextId++, html, false, automatic});
    chat.typing = false;
}

void ChatService::setTyping(const QString &deviceId, bool typing)
{
    QMutexLocker lock(&m_mutex);
    m_chats[deviceId].typing = typing;
}

void ChatService::failNext(int status, int times)
{
    QMutexLocker lock(&m_mutex);
    m_failStatus = status;
    m_failTimes = times;
}

void ChatService::setDeviceEnabled(const QString &deviceId, bool enabled)
{
    QMutexLocker lock(&m_mutex);
    m_deviceEnabled.insert(deviceId, enabled);
}

QList<ChatService::Message> ChatService::messages(const QString &deviceId) const
{
    QMutexLocker lock(&m_mutex);
    return m_chats.value(deviceId).messages;
}

QStringList ChatService::devices() const
{
    QMutexLocker lock(&m_mutex);
    return m_chats.keys();
}

Response ChatService::json(int status, const QByteArray &body)
{
    return Response{status, body, {}, "application/json"};
}

QByteArray ChatService::chatJson(const Chat &chat) const
{
    QJsonArray messages;
    for (const Message &m : chat.messages) {
        messages.append(QJsonObject{{u"id"_s, m.id},
                                    {u"content"_s, m.content},
                                    {u"created_at"_s, u"2026-12-07T08:00:00+01:00"_s},
                                    {u"user_is_author"_s, m.userIsAuthor},
                                    {u"automatic_answer"_s, m.automaticAnswer}});
    }
    return QJsonDocument(QJsonObject{{u"messages"_s, messages},
                                     {u"chatbot_typing"_s, chat.typing},
                                     {u"ticket_url"_s, u"https://zammad.example.com/#ticket/1"_s}})
        .toJson(QJsonDocument::Compact);
}

std::optional<Response> ChatService::handle(const RecordedRequest &request)
{
    // api/v3/{region}/{language}/chat/{device}/
    QString path = request.target.mid(1);
    path = path.left(path.indexOf(u'?') < 0 ? path.size() : path.indexOf(u'?'));
    const QStringList parts = path.split(u'/');
    if (parts.size() == 6 && parts.at(4) == u"is_chat_enabled"_s && request.method == "GET") {
        // api/v3/{region}/{device}/is_chat_enabled/
        QMutexLocker lock(&m_mutex);
        const auto flag = m_deviceEnabled.constFind(parts.at(3));
        if (flag == m_deviceEnabled.constEnd())
            return std::nullopt;
        return json(200, *flag ? R"({"is_chat_enabled": true})" : R"({"is_chat_enabled": false})");
    }
    if (parts.size() < 6 || parts.at(4) != u"chat"_s)
        return std::nullopt;
    const QString region = parts.at(2);
    const QString device = parts.at(5);

    QMutexLocker lock(&m_mutex);
    if (m_failTimes > 0) {
        --m_failTimes;
        return json(m_failStatus, R"({"error":"Failure forced by the test."})");
    }
    if (!m_regions.contains(region))
        return json(503, R"({"error":"No chat server is configured for your region."})");
    if (request.method == "GET") {
        if (!m_chats.contains(device))
            return json(404, R"({"error":"Chat not found."})");
        return json(200, chatJson(m_chats.value(device)));
    }
    if (request.method != "POST")
        return json(405, R"({"error":"Method not allowed."})");
    const QUrlQuery form(QString::fromLatin1(request.body).replace(u'+', u' '));
    const QString message = form.queryItemValue(u"message"_s, QUrl::FullyDecoded);
    if (message.trimmed().isEmpty())
        return json(400, R"({"error":"Message is missing."})");
    Chat &chat = m_chats[device];
    chat.messages.append({m_nextId++, message.toHtmlEscaped(), true, false});
    return json(200, chatJson(chat));
}

} // namespace integreat::testing
