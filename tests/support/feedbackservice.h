#pragma once

#include "testserver.h"

#include <QJsonObject>
#include <QList>
#include <QMutex>

namespace integreat::testing {

/// The CMS's feedback API on a TestServer (api.md §3.11): `POST
/// /api/v3/{region}/{language}/feedback/{kind}/` with JSON or form fields, checked as the CMS
/// checks them (POST only; `rating` up, down or none; a rating or a comment; a slug for page,
/// event, poi; a query for search); accepted feedback is recorded and answered 201. Other
/// paths pass on to the next handler or the corpus. Thread-safe; it must outlive the server.
class FeedbackService final
{
    Q_DISABLE_COPY_MOVE(FeedbackService)

public:
    struct Received
    {
        QString region, language, kind;
        QJsonObject fields;
    };

    FeedbackService() = default;
    void install(TestServer &server);
    /// Slugs the server knows no item for (answered 404 "No matching … found for slug.").
    void setUnknownSlugs(const QStringList &slugs);
    QList<Received> received() const;

private:
    std::optional<Response> handle(const RecordedRequest &request);

    mutable QMutex m_mutex;
    QStringList m_unknownSlugs;
    QList<Received> m_received;
};

} // namespace integreat::testing
