#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace integreat::chat {

/// One message of a chat (`messages[]` of the chat endpoint, api.md §3.12).
struct ChatMessage
{
    int id = 0;
    QString content; ///< HTML from the CMS; sanitize before showing
    QDateTime createdAt;
    bool userIsAuthor = false;
    bool automaticAnswer = false; ///< written by the assistant, not a counselor
    bool operator==(const ChatMessage &) const = default;
};

/// What the server holds of one chat: `{messages, chatbot_typing, ticket_url}`.
struct ChatThread
{
    QList<ChatMessage> messages;
    bool chatbotTyping = false;
    QString ticketUrl;
    bool operator==(const ChatThread &) const = default;
};

/// Reads the chat endpoint's answer; nullopt-like: `error` is set when it is not one.
struct ChatParse
{
    ChatThread thread;
    QString error; ///< empty when the body was a chat
};
ChatParse parseChat(const QByteArray &body);

} // namespace integreat::chat
