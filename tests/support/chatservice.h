#pragma once

#include "testserver.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>

namespace integreat::testing {

/// The CMS chat API on a TestServer (api.md §3.12): `GET/POST /api/v3/{R}/{L}/chat/{device}/`.
/// GET before the first message answers 404 {"error":"Chat not found."}, a region without chat
/// 503, a POST appends the form field `message` and answers the chat. Tests play the counselor
/// or the assistant with answer() and setTyping(), and force 429/503 with failNext().
/// `GET /api/v3/{R}/{device}/is_chat_enabled/` answers for the devices given to
/// setDeviceEnabled(); for others the route is absent (404, like a CMS without it).
/// Thread-safe (the server thread calls it); it must outlive the server it is installed in.
class ChatService final
{
    Q_DISABLE_COPY_MOVE(ChatService)

public:
    struct Message
    {
        int id = 0;
        QString content;
        bool userIsAuthor = false;
        bool automaticAnswer = false;
    };

    ChatService() = default;
    /// Serves the chat routes of `server` for the regions enabled with enable().
    void install(TestServer &server);
    void enable(const QString &region);

    void answer(const QString &deviceId, const QString &html, bool automatic);
    void setTyping(const QString &deviceId, bool typing);
    /// The next `times` chat requests answer `status` (429, 503 ...).
    void failNext(int status, int times = 1);
    /// What is_chat_enabled answers for `deviceId`.
    void setDeviceEnabled(const QString &deviceId, bool enabled);
    QList<Message> messages(const QString &deviceId) const;
    /// Device ids that have a chat, and the language of their requests.
    QStringList devices() const;

private:
    struct Chat
    {
        QList<Message> messages;
        bool typing = false;
    };
    std::optional<Response> handle(const RecordedRequest &request);
    static Response json(int status, const QByteArray &body);
    QByteArray chatJson(const Chat &chat) const;

    mutable QMutex m_mutex;
    QSet<QString> m_regions;
    QHash<QString, Chat> m_chats;
    QHash<QString, bool> m_deviceEnabled;
    int m_failStatus = 0;
    int m_failTimes = 0;
    int m_nextId = 1;
};

} // namespace integreat::testing
