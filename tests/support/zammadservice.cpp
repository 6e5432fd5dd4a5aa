#include "zammadservice.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace integreat::testing {

namespace {

const QString Token = u"zammad-test-token"_s;

Response json(int status, const QJsonObject &object)
{
    return Response{
        status, QJsonDocument(object).toJson(QJsonDocument::Compact), {}, "application/json"};
}

} // namespace

void ZammadService::install(TestServer &server)
{
    {
        QMutexLocker lock(&m_mutex);
        m_base = server.baseUrl();
    }
    server.setHandler(u"zammad/"_s,
                      [this](const RecordedRequest &request) { return handle(request); });
}

QUrl ZammadService::formUrl() const
{
    QMutexLocker lock(&m_mutex);
    QUrl url = m_base;
    url.setPath(u"/zammad"_s);
    return url;
}

void ZammadService::setEnabled(bool enabled)
{
    QMutexLocker lock(&m_mutex);
    m_enabled = enabled;
}

void ZammadService::setEndpoint(const QUrl &endpoint)
{
    QMutexLocker lock(&m_mutex);
    m_endpoint = endpoint;
}

QList<QJsonObject> ZammadService::submissions() const
{
    QMutexLocker lock(&m_mutex);
    return m_submissions;
}

int ZammadService::configRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_configRequests;
}

std::optional<Response> ZammadService::handle(const RecordedRequest &request)
{
    if (request.method != "POST")
        return json(405, {{u"error"_s, u"Method not allowed"_s}});
    if (!request.headers.value("content-type").startsWith("application/json"))
        return json(415, {{u"error"_s, u"JSON expected"_s}});
    QJsonParseError error;
    const QJsonObject body = QJsonDocument::fromJson(request.body, &error).object();
    if (error.error != QJsonParseError::NoError)
        return json(422, {{u"error"_s, u"Unreadable JSON"_s}});
    // Zammad's form wants a browser fingerprint of some length with every request.
    if (body.value("fingerprint"_L1).toString().size() < 30)
        return json(422, {{u"error"_s, u"Need fingerprint param!"_s}});

    QMutexLocker lock(&m_mutex);
    const QString path = request.target;
    if (path == u"/zammad/api/v1/form_config"_s) {
        ++m_configRequests;
        QUrl endpoint = m_endpoint;
        if (endpoint.isEmpty()) {
            endpoint = m_base;
            endpoint.setPath(u"/zammad/api/v1/form_submit"_s);
        }
        return json(
            200,
            {{u"enabled"_s, m_enabled}, {u"endpoint"_s, endpoint.toString()}, {u"token"_s, Token}});
    }
    if (path == u"/zammad/api/v1/form_submit"_s) {
        if (!m_enabled || body.value("token"_L1).toString() != Token)
            return json(401, {{u"error"_s, u"Authorization failed"_s}});
        QJsonObject errors;
        for (const char *field : {"name", "title", "body"}) {
            if (body.value(QLatin1StringView(field)).toString().trimmed().isEmpty())
                errors.insert(QLatin1StringView(field), u"required"_s);
        }
        const QString email = body.value("email"_L1).toString();
        if (!email.contains(u'@') || email.endsWith(u".invalid"_s))
            errors.insert(u"email"_s, u"invalid"_s);
        if (!errors.isEmpty())
            return json(200, {{u"errors"_s, errors}});
        m_submissions.append(body);
        return json(200, {{u"ticket"_s,
                           QJsonObject{{u"id"_s, int(m_submissions.size())},
                                       {u"number"_s, u"%1"_s.arg(31000 + m_submissions.size())}}}});
    }
    return json(404, {{u"error"_s, u"No route"_s}});
}

} // namespace integreat::testing
