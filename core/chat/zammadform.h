#pragma once

#include "core/chat/contactmessage.h"
#include "core/net/limits.h"
#include "core/net/singletransfer.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <optional>

class QNetworkAccessManager;

namespace integreat::chat {

/// How sending a contact form ended.
struct ContactResult
{
    enum class Status
    {
        Sent,
        Offline,      ///< no connection, a timeout
        ServerError,  ///< 5xx
        RateLimited,  ///< 429: too many messages
        Disabled,     ///< the server has the form switched off
        InvalidEmail, ///< the server refused the e-mail address
        Failed,       ///< anything else; `detail` says what
    };
    Status status = Status::Failed;
    int httpStatus = 0;
    QString detail; ///< the technical cause, for Failed

    /// The result in words for the visitor.
    QString text() const;
};

/// Sends a ContactMessage to the Zammad contact form of an embedded offer (`post["zammad-url"]`)
/// over the one transport (net::Transfer), the way Zammad's web form does: `POST
/// {zammad-url}/api/v1/form_config` with a fingerprint gives the endpoint and a token, then the
/// endpoint gets the name, e-mail, title and body as JSON. The endpoint must be on the same
/// server as the form. One message at a time; no retries (the visitor decides).
class ZammadForm final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZammadForm)

public:
    explicit ZammadForm(QNetworkAccessManager &manager, QObject *parent = nullptr);
    ~ZammadForm() override;

    /// `title`: the ticket's subject (the page and town); `sentFrom`: where it was written (the
    /// page's web address), added under the message. A message with problems() is not sent.
    void send(const QUrl &zammadUrl, const ContactMessage &message, const QString &title,
              const QString &sentFrom);
    bool isBusy() const { return m_transfer.isBusy(); }
    void cancel();

signals:
    void finished(const integreat::chat::ContactResult &result);

private:
    void post(const QUrl &url, const QByteArray &json,
              void (ZammadForm::*next)(const net::Reply &));
    void onConfig(const net::Reply &reply);
    void onSubmitted(const net::Reply &reply);
    void finish(ContactResult result);
    /// A result for a reply that is not a 2xx (nullopt when it is).
    static std::optional<ContactResult> failure(const net::Reply &reply);

    net::TransferLimits m_limits;
    net::SingleTransfer m_transfer;
    QByteArray m_fingerprint;
    QUrl m_zammadUrl;
    QJsonObject m_submission;
};

} // namespace integreat::chat
