#include "core/chat/zammadform.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace integreat::chat {

QString ContactResult::text() const
{
    switch (status) {
    case Status::Sent:
        return ZammadForm::tr("Your message was sent. The answer comes to your e-mail address.");
    case Status::Offline:
        return ZammadForm::tr("You are offline: your message was not sent. Please send it again "
                              "when this computer is connected to the internet.");
    case Status::ServerError:
        return ZammadForm::tr("The town's contact server has a problem (error %1): your message "
                              "was not sent. Please try again later.")
            .arg(httpStatus);
    case Status::RateLimited:
        return ZammadForm::tr("Too many messages were sent from here. Please wait a moment and "
                              "try again.");
    case Status::Disabled:
        return ZammadForm::tr("This contact form is switched off at the moment: your message was "
                              "not sent.");
    case Status::InvalidEmail:
        return ZammadForm::tr("The contact server did not accept this e-mail address. Please "
                              "check it.");
    case Status::Failed:
        break;
    }
    return ZammadForm::tr("Your message could not be sent: %1").arg(detail);
}

ZammadForm::ZammadForm(QNetworkAccessManager &manager, QObject *parent)
    : QObject(parent)
    , m_transfer(manager)
    // Zammad's form wants a browser fingerprint of some length; ours is random per form.
    , m_fingerprint("integreat-desktop-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
{
    m_limits.idleTimeoutMs = 20000;
    m_limits.maxBytes = 256 * 1024; // small JSON answers
}

ZammadForm::~ZammadForm()
{
    cancel();
}

void ZammadForm::cancel()
{
    m_transfer.cancel();
}

void ZammadForm::send(const QUrl &zammadUrl, const ContactMessage &message, const QString &title,
                      const QString &sentFrom)
{
    cancel();
    if (const auto problems = message.problems(); !problems.isEmpty()) {
        finish({ContactResult::Status::Failed, 0, problems.constFirst().text});
        return;
    }
    const QString scheme = zammadUrl.scheme();
    if (!zammadUrl.isValid() || zammadUrl.host().isEmpty() ||
        (scheme != u"https"_s && scheme != u"http"_s)) {
        finish({ContactResult::Status::Failed, 0, tr("the form has no web address to send to")});
        return;
    }
    m_zammadUrl = zammadUrl;
    QString body = message.message.trimmed();
    if (!sentFrom.isEmpty())
        body += u"\n\n-- \nIntegreat Desktop: "_s + sentFrom;
    m_submission = QJsonObject{{u"name"_s, message.senderName()},
                               {u"email"_s, message.email.trimmed()},
                               {u"title"_s, title},
                               {u"body"_s, body},
                               {u"fingerprint"_s, QString::fromLatin1(m_fingerprint)}};
    QUrl config = zammadUrl;
    QString path = config.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    config.setPath(path + u"/api/v1/form_config"_s);
    const QJsonObject request{{u"fingerprint"_s, QString::fromLatin1(m_fingerprint)}};
    post(config, QJsonDocument(request).toJson(QJsonDocument::Compact), &ZammadForm::onConfig);
}

void ZammadForm::post(const QUrl &url, const QByteArray &json,
                      void (ZammadForm::*next)(const net::Reply &))
{
    net::Transfer::Request request;
    request.url = url;
    request.headers = {{"Accept", "application/json"}, {"Content-Type", "application/json"}};
    request.limits = m_limits;
    request.postBody = json;
    m_transfer.start(std::move(request),
                     [this, next](const net::Reply &reply) { (this->*next)(reply); });
}

std::optional<ContactResult> ZammadForm::failure(const net::Reply &reply)
{
    if (reply.ok())
        return std::nullopt;
    if (reply.isOffline())
        return ContactResult{ContactResult::Status::Offline, 0, reply.error};
    if (reply.outcome != net::Reply::Outcome::HttpError)
        return ContactResult{ContactResult::Status::Failed, reply.status, reply.error};
    if (reply.status == 429)
        return ContactResult{ContactResult::Status::RateLimited, 429, {}};
    if (reply.status >= 500)
        return ContactResult{ContactResult::Status::ServerError, reply.status, {}};
    return ContactResult{ContactResult::Status::Failed, reply.status,
                         tr("the contact server refused it (error %1)").arg(reply.status)};
}

void ZammadForm::onConfig(const net::Reply &reply)
{
    if (auto failed = failure(reply)) {
        finish(*failed);
        return;
    }
    const QJsonObject config = QJsonDocument::fromJson(reply.body).object();
    if (config.value("enabled"_L1) == QJsonValue(false)) {
        finish({ContactResult::Status::Disabled, reply.status, {}});
        return;
    }
    const QUrl endpoint(config.value("endpoint"_L1).toString(), QUrl::StrictMode);
    // The message goes to the form's own server, never to another one a reply names.
    if (!endpoint.isValid() || endpoint.scheme() != m_zammadUrl.scheme() ||
        endpoint.host() != m_zammadUrl.host() || endpoint.port() != m_zammadUrl.port()) {
        finish({ContactResult::Status::Failed, reply.status,
                tr("the contact server's answer could not be used")});
        return;
    }
    m_submission.insert(u"token"_s, config.value("token"_L1).toString());
    post(endpoint, QJsonDocument(m_submission).toJson(QJsonDocument::Compact),
         &ZammadForm::onSubmitted);
}

void ZammadForm::onSubmitted(const net::Reply &reply)
{
    if (auto failed = failure(reply)) {
        finish(*failed);
        return;
    }
    const QJsonObject answer = QJsonDocument::fromJson(reply.body).object();
    const QJsonObject errors = answer.value("errors"_L1).toObject();
    if (errors.contains("email"_L1)) {
        finish({ContactResult::Status::InvalidEmail, reply.status, {}});
        return;
    }
    if (!errors.isEmpty()) {
        finish(
            {ContactResult::Status::Failed, reply.status,
             tr("the contact server found a problem with: %1").arg(errors.keys().join(u", "_s))});
        return;
    }
    finish({ContactResult::Status::Sent, reply.status, {}});
}

void ZammadForm::finish(ContactResult result)
{
    m_submission = {};
    emit finished(result);
}

} // namespace integreat::chat
