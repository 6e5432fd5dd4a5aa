#include "core/chat/chatthread.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace integreat::chat {

ChatParse parseChat(const QByteArray &body)
{
    ChatParse result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        result.error = QCoreApplication::translate("integreat::chat::ChatClient",
                                                   "The chat server sent an answer that is not a "
                                                   "chat.");
        return result;
    }
    const QJsonObject object = doc.object();
    result.thread.chatbotTyping = object.value("chatbot_typing"_L1).toBool(false);
    result.thread.ticketUrl = object.value("ticket_url"_L1).toString();
    for (const QJsonValue &value : object.value("messages"_L1).toArray()) {
        if (!value.isObject())
            continue;
        const QJsonObject m = value.toObject();
        ChatMessage message;
        message.id = m.value("id"_L1).toInt();
        message.content = m.value("content"_L1).toString();
        message.createdAt = QDateTime::fromString(m.value("created_at"_L1).toString(), Qt::ISODate);
        message.userIsAuthor = m.value("user_is_author"_L1).toBool(false);
        message.automaticAnswer = m.value("automatic_answer"_L1).toBool(false);
        if (message.content.trimmed().isEmpty())
            continue;
        result.thread.messages.append(message);
    }
    return result;
}

} // namespace integreat::chat
