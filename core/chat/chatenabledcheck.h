#pragma once

#include "core/net/limits.h"
#include "core/net/singletransfer.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace integreat::chat {

/// Whether the chat of a region is open for one device: `GET /api/v3/{region}/{device_id}/
/// is_chat_enabled/` → `{"is_chat_enabled": bool}` (the CMS lets a share of devices in while a
/// town tries the chat). Asked over the one transport (net::Transfer) where the region's
/// is_chat_enabled is true. A server without the endpoint (404), an error or no connection
/// answer Unknown: then the region's flag decides. One request at a time.
class ChatEnabledCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatEnabledCheck)

public:
    enum class Answer
    {
        Enabled,  ///< the server says yes for this device
        Disabled, ///< the server says no for this device
        Unknown,  ///< no answer that says either: use the region's flag
    };

    ChatEnabledCheck(QNetworkAccessManager &manager, const QUrl &server, QObject *parent = nullptr);
    ~ChatEnabledCheck() override;

    static QUrl url(const QUrl &server, const QString &region, const QString &deviceId);
    /// Reads an answer's body: Unknown unless it is `{"is_chat_enabled": true|false}`.
    static Answer parse(const QByteArray &body);

    void check(const QString &region, const QString &deviceId);
    bool isBusy() const { return m_transfer.isBusy(); }
    bool isChecking(const QString &region, const QString &deviceId) const
    {
        return isBusy() && region == m_region && deviceId == m_deviceId;
    }
    void cancel();

signals:
    void finished(const QString &region, const QString &deviceId,
                  integreat::chat::ChatEnabledCheck::Answer answer);

private:
    QUrl m_server;
    net::TransferLimits m_limits;
    net::SingleTransfer m_transfer;
    QString m_region;
    QString m_deviceId;
};

} // namespace integreat::chat
