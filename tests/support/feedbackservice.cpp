#include "feedbackservice.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace integreat::testing {

namespace {

Response json(int status, const QJsonObject &object)
{
    return Response{
        status, QJsonDocument(object).toJson(QJsonDocument::Compact), {}, "application/json"};
}

Response error(int status, const QString &text)
{
    return json(status, {{u"error"_s, text}});
}

const QStringList Kinds{u"page"_s,         u"categories"_s, u"event"_s,  u"events"_s, u"poi"_s,
                        u"imprint-page"_s, u"map"_s,        u"search"_s, u"offers"_s, u"offer"_s};

} // namespace

void FeedbackService::install(TestServer &server)
{
    server.addHandler(u"api/v3/"_s,
                      [this](const RecordedRequest &request) { return handle(request); });
}

void FeedbackService::setUnknownSlugs(const QStringList &slugs)
{
    QMutexLocker lock(&m_mutex);
    m_unknownSlugs = slugs;
}

QList<FeedbackService::Received> FeedbackService::received() const
{
    QMutexLocker lock(&m_mutex);
    return m_received;
}

std::optional<Response> FeedbackService::handle(const RecordedRequest &request)
{
    static const QRegularExpression route(
        u"^/api/v3/([^/]+)/([^/]+)/feedback/([^/?]+)/?(\\?.*)?$"_s);
    const QRegularExpressionMatch match = route.match(request.target);
    if (!match.hasMatch())
        return std::nullopt;
    if (request.method != "POST")
        return error(405, u"Method not allowed"_s);
    const QString kind = match.captured(3);
    if (!Kinds.contains(kind))
        return error(404, u"Not found"_s);
    QJsonObject fields;
    if (request.headers.value("content-type").startsWith("application/json")) {
        QJsonParseError parse;
        fields = QJsonDocument::fromJson(request.body, &parse).object();
        if (parse.error != QJsonParseError::NoError)
            return error(400, u"Invalid JSON"_s);
    } else {
        const QUrlQuery form(QString::fromUtf8(request.body));
        for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded))
            fields.insert(key, value);
    }
    const QString rating = fields.value("rating"_L1).toString();
    if (!rating.isEmpty() && rating != u"up"_s && rating != u"down"_s)
        return error(400, u"Invalid rating."_s);
    if (rating.isEmpty() && fields.value("comment"_L1).toString().trimmed().isEmpty())
        return error(400, u"Either comment or rating is required."_s);
    const QString slug = fields.value("slug"_L1).toString();
    QMutexLocker lock(&m_mutex);
    if ((kind == u"page"_s || kind == u"event"_s || kind == u"poi"_s) &&
        (slug.isEmpty() || m_unknownSlugs.contains(slug)))
        return error(404, u"No matching %1 found for slug."_s.arg(kind));
    if (kind == u"search"_s && fields.value("query"_L1).toString().trimmed().isEmpty())
        return error(400, u"A search query is required."_s);
    m_received.append({match.captured(1), match.captured(2), kind, fields});
    return json(201, {{u"success"_s, u"Feedback successfully submitted"_s}});
}

} // namespace integreat::testing
