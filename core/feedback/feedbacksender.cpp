#include "core/feedback/feedbacksender.h"

#include "core/feedback/feedbackrequest.h"
#include "core/net/transfer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace integreat::feedback {

bool FeedbackResult::isTemporary() const
{
    return status == Status::Offline || status == Status::ServerError ||
           status == Status::RateLimited;
}

QString FeedbackResult::text() const
{
    switch (status) {
    case Status::Sent:
        return tr("Thank you! Your feedback was sent to the town's editors.");
    case Status::Offline:
        return tr("You are offline: your feedback was not sent.");
    case Status::ServerError:
        return tr("The Integreat server has a problem (error %1): your feedback was not sent.")
            .arg(httpStatus);
    case Status::RateLimited:
        return tr("Too much feedback was sent from here in a short time: your feedback was not "
                  "sent yet.");
    case Status::Rejected:
        return detail.isEmpty()
                   ? tr("The Integreat server did not accept this feedback (error %1).")
                         .arg(httpStatus)
                   : tr("The Integreat server did not accept this feedback (error %1): %2")
                         .arg(httpStatus)
                         .arg(detail);
    case Status::Failed:
        break;
    }
    return tr("Your feedback could not be sent: %1").arg(detail);
}

FeedbackSender::FeedbackSender(QNetworkAccessManager &manager, const QUrl &server, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_transfer(manager)
{
}

void FeedbackSender::send(const model::Feedback &feedback)
{
    cancel();
    const FeedbackRequest built = FeedbackRequest::build(m_server, feedback);
    if (!built.url.isValid()) {
        const FeedbackResult incomplete{FeedbackResult::Status::Failed, 0,
                                        tr("a thumb or a comment is needed")};
        QTimer::singleShot(0, this, [this, incomplete] { emit finished(incomplete); });
        return;
    }
    net::Transfer::Request request;
    request.url = built.url;
    request.headers = {{"Accept", "application/json"}, {"Content-Type", "application/json"}};
    request.limits.idleTimeoutMs = 20000;
    request.limits.maxBytes = 64 * 1024; // a short JSON answer
    request.postBody = built.body;
    m_transfer.start(std::move(request),
                     [this](const net::Reply &reply) { emit finished(resultOf(reply)); });
}

FeedbackResult FeedbackSender::resultOf(const net::Reply &reply)
{
    using Outcome = net::Reply::Outcome;
    using Status = FeedbackResult::Status;
    if (reply.isOffline())
        return {Status::Offline, 0, reply.error};
    switch (reply.outcome) {
    case Outcome::Ok:
        return {Status::Sent, reply.status, {}};
    case Outcome::HttpError: {
        if (reply.status == 429)
            return {Status::RateLimited, 429, {}};
        if (reply.status >= 500)
            return {Status::ServerError, reply.status, {}};
        // The CMS says why in {"error": "..."} (e.g. "No matching page found for slug.").
        const QString why =
            QJsonDocument::fromJson(reply.body).object().value("error"_L1).toString().left(200);
        return {Status::Rejected, reply.status, why};
    }
    default:
        return {Status::Failed, reply.status, reply.error};
    }
}

} // namespace integreat::feedback
