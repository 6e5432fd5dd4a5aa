#include "core/feedback/feedbackrequest.h"

#include "core/api/endpoints.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace integreat::feedback {

FeedbackRequest FeedbackRequest::build(const QUrl &server, const model::Feedback &feedback)
{
    if (!feedback.isComplete())
        return {};
    FeedbackRequest request;
    request.url = api::Endpoints(server).feedback(feedback.key.region, feedback.key.language,
                                                  model::Feedback::kindName(feedback.kind));
    QJsonObject body{{u"category"_s, u"Inhalte"_s},
                     {u"comment"_s, feedback.comment.trimmed().left(MaxCommentLength)}};
    if (feedback.rating != model::Feedback::Rating::None)
        body.insert(u"rating"_s, model::Feedback::ratingName(feedback.rating));
    switch (feedback.kind) {
    case model::Feedback::Kind::Page:
    case model::Feedback::Kind::Event:
    case model::Feedback::Kind::Place:
        body.insert(u"slug"_s, feedback.slug);
        break;
    case model::Feedback::Kind::Search:
        body.insert(u"query"_s, feedback.query.trimmed());
        break;
    case model::Feedback::Kind::Imprint:
        break;
    }
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

} // namespace integreat::feedback
