#pragma once

#include "core/chat/chatthread.h"
#include "core/net/limits.h"
#include "core/net/singletransfer.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace integreat::chat {

/// Which chat: the region, the language questions are asked in, and the device id (a UUID).
struct ChatAddress
{
    QString region;
    QString language;
    QString deviceId;
    bool isValid() const { return !region.isEmpty() && !language.isEmpty() && !deviceId.isEmpty(); }
    bool operator==(const ChatAddress &) const = default;
};

/// How one chat request ended.
struct ChatResult
{
    enum class Status
    {
        Ok,          ///< `thread` holds the chat
        Empty,       ///< 404 before the first message: an empty chat
        RateLimited, ///< 429: too many messages
        Unavailable, ///< 503: the town has no chat server
        Offline,     ///< no answer (no network, timeout)
        Failed,      ///< another error; `error` says which
    };
    Status status = Status::Failed;
    ChatThread thread;
    QString error; ///< a sentence for Failed and Offline
};

/// The chat endpoint `POST/GET /api/v3/{region}/{language}/chat/{device_id}/` over the one
/// transport (net::Transfer: its User-Agent, timeout, size cap and redirect rule). One request at
/// a time; no retries (the session decides what to do next).
class ChatClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatClient)

public:
    ChatClient(QNetworkAccessManager &manager, const QUrl &server, QObject *parent = nullptr);
    ~ChatClient() override;

    static QUrl chatUrl(const QUrl &server, const ChatAddress &address);
    /// `{server}/api/v3/{segments…}/`, each segment percent-encoded.
    static QUrl apiUrl(const QUrl &server, const QStringList &segments);

    void setLimits(const net::TransferLimits &limits) { m_limits = limits; }
    /// GET: the chat as it is now.
    void fetch(const ChatAddress &address);
    /// POST the form field `message`: the answer is the chat with the message in it.
    void send(const ChatAddress &address, const QString &message);
    bool isBusy() const { return m_transfer.isBusy(); }
    void cancel();

signals:
    void finished(const integreat::chat::ChatResult &result, bool wasSend);

private:
    void start(const ChatAddress &address, std::optional<QByteArray> postBody);
    void onFinished(const net::Reply &reply, bool wasSend);

    QUrl m_server;
    net::TransferLimits m_limits;
    net::SingleTransfer m_transfer;
};

} // namespace integreat::chat
