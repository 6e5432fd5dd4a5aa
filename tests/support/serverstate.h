#pragma once

#include "testserver.h"

#include <QHash>
#include <QMutex>
#include <optional>

namespace integreat::testing {

/// How a connection answers one request; decided under the state's lock, carried out by the
/// connection without it.
struct ResponsePlan
{
    enum class Mode
    {
        Normal,
        CloseMidBody,
        Stall,
        Huge,
        Slow,
        EndlessChunked,
        Trickle
    };
    Mode mode = Mode::Normal;
    int status = 200;
    HeaderList headers; ///< incl. Content-Type; the connection adds Date/Content-Length/Connection
    QByteArray body;
    qint64 hugeBytes = 0;
    int chunkDelayMs = 0;
    int chunkBytes = 0;
    int delayMs = 0; ///< wait this long before answering (Pacing)
};

/// Routes, faults and the request log of a TestServer, shared between the test thread and the
/// server thread; every method locks.
class ServerState final
{
    Q_DISABLE_COPY_MOVE(ServerState)

public:
    ServerState() = default;

    int loadCorpus(const QString &corpusDir);
    void clearCorpus();
    void setRoute(const QString &pathAndQuery, const Response &response);
    void removeRoute(const QString &pathAndQuery);
    void clearRoutes();
    void setHandler(const QString &pathPrefix, Handler handler, bool replace = true);
    void addFault(const QString &path, const FaultSpec &spec);
    void clearFaults();
    QList<RecordedRequest> requests() const;
    int requestCount(const QString &pathPrefix) const;
    void clearRequests();

    /// Records the request and decides the answer (faults, routes, conditional GET, pacing);
    /// the request counts as in flight until answered() is called for it.
    ResponsePlan respond(const RecordedRequest &request);
    void answered();
    void setPacing(const Pacing &pacing);
    int maxConcurrentRequests() const;
    void resetConcurrency();

private:
    struct FaultEntry
    {
        QString path; ///< decoded, no leading "/"; a trailing "*" matches a prefix
        FaultSpec spec;
    };

    /// The route for a key (path?query or path), without the lock.
    std::optional<Response> findRoute(const QString &key) const;
    std::optional<FaultSpec> takeFault(const QString &path);
    ResponsePlan plan(const RecordedRequest &request);

    mutable QMutex m_mutex;
    QHash<QString, Response> m_routes;
    QHash<QString, Response> m_corpus;
    QList<QPair<QString, Handler>> m_handlers; ///< decoded path prefix without leading "/"
    QList<FaultEntry> m_faults;
    QList<RecordedRequest> m_requests;
    Pacing m_pacing;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

} // namespace integreat::testing
