#pragma once

#include "testserver.h"

#include <QJsonObject>
#include <QList>
#include <QMutex>

namespace integreat::testing {

/// A Zammad web form on a TestServer under `/zammad`: `POST /zammad/api/v1/form_config` with a
/// fingerprint answers {enabled, endpoint, token}; `POST /zammad/api/v1/form_submit` with that
/// token and the fingerprint records the submission and answers a ticket, or
/// {"errors": {"email": "invalid"}} for an address Zammad would refuse. Thread-safe (the server
/// thread calls it); it must outlive the server it is installed in.
class ZammadService final
{
    Q_DISABLE_COPY_MOVE(ZammadService)

public:
    ZammadService() = default;
    void install(TestServer &server);
    /// The form's address for an offer's `post["zammad-url"]`.
    QUrl formUrl() const;
    void setEnabled(bool enabled);
    /// The endpoint form_config names (default: the server's own form_submit).
    void setEndpoint(const QUrl &endpoint);
    /// The JSON objects form_submit accepted, in order.
    QList<QJsonObject> submissions() const;
    int configRequests() const;

private:
    std::optional<Response> handle(const RecordedRequest &request);

    mutable QMutex m_mutex;
    QUrl m_base;
    QUrl m_endpoint;
    bool m_enabled = true;
    int m_configRequests = 0;
    QList<QJsonObject> m_submissions;
};

} // namespace integreat::testing
