#pragma once

#include "core/model/feedback.h"
#include "core/net/singletransfer.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace integreat::net {
class Transfer;
struct Reply;
} // namespace integreat::net

namespace integreat::feedback {

/// How sending one feedback ended.
struct FeedbackResult
{
    Q_DECLARE_TR_FUNCTIONS(integreat::feedback::FeedbackResult)

public:
    enum class Status
    {
        Sent,
        Offline,     ///< no connection, a timeout: worth trying again later
        ServerError, ///< 5xx: worth trying again later
        RateLimited, ///< 429: worth trying again later
        Rejected,    ///< another 4xx (the item is gone, the input refused): not tried again
        Failed,      ///< anything else; `detail` says what
    };
    Status status = Status::Failed;
    int httpStatus = 0;
    QString detail; ///< the server's or the transport's sentence

    /// Whether the same feedback may succeed later (Offline, ServerError, RateLimited).
    bool isTemporary() const;
    /// The result in words for the visitor.
    QString text() const;
};

/// Sends one feedback to the CMS (FeedbackRequest) over the one transport (net::Transfer): no
/// retries here (the outbox tries again on the next sync). One at a time.
class FeedbackSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackSender)

public:
    FeedbackSender(QNetworkAccessManager &manager, const QUrl &server, QObject *parent = nullptr);

    void send(const model::Feedback &feedback);
    bool isBusy() const { return m_transfer.isBusy(); }
    void cancel() { m_transfer.cancel(); }

signals:
    void finished(const integreat::feedback::FeedbackResult &result);

private:
    static FeedbackResult resultOf(const net::Reply &reply);

    QUrl m_server;
    net::SingleTransfer m_transfer;
};

} // namespace integreat::feedback
