#pragma once

#include "core/model/feedback.h"

#include <QByteArray>
#include <QUrl>

namespace integreat::feedback {

/// The POST the CMS's feedback API takes (api.md §3.11), as the official app sends it:
/// `{server}/api/v3/{region}/{language}/feedback/{page|event|poi|imprint-page|search}/` with a
/// JSON body of `rating` ("up"/"down", left out when none), `comment`, `category` ("Inhalte":
/// feedback on the content), `slug` (page, event, place) or `query` (search).
struct FeedbackRequest
{
    QUrl url;
    QByteArray body; ///< JSON (Content-Type: application/json)

    /// Empty (an invalid url) when the feedback is not complete (Feedback::isComplete()).
    static FeedbackRequest build(const QUrl &server, const model::Feedback &feedback);
    /// The longest comment sent; a longer one is cut (the CMS keeps comments as text).
    static constexpr qsizetype MaxCommentLength = 2000;
};

} // namespace integreat::feedback
