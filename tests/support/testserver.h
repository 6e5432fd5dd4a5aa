#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QtGlobal>
#include <functional>
#include <memory>
#include <optional>

namespace integreat::testing {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/// What a route answers. An empty contentType is derived from the path's extension, or
/// application/json when the body starts with `{` or `[`, else application/octet-stream.
/// Headers named ETag / Last-Modified make the route answer conditional GETs with 304.
struct Response
{
    int status = 200;
    QByteArray body{};
    HeaderList headers{};
    QByteArray contentType{};
};

enum class Fault
{
    Status,       ///< answer with FaultSpec::status, body and headers (500, 429 + Retry-After...)
    CloseMidBody, ///< full Content-Length, half the body, then the connection closes
    Stall,        ///< read the request, never answer; the socket stays open until stop()
    Malformed,    ///< valid headers, body = first half of the real body + garbage (bad JSON)
    Huge,         ///< 200 with hugeBytes of JSON-looking junk, generated while streaming
    Slow,         ///< the real response, body sent in slowChunkBytes pieces every slowChunkDelayMs
    EndlessChunked, ///< 200, Transfer-Encoding: chunked, JSON-looking junk that never ends
    Trickle,     ///< 200 with headers at once, then one body byte every slowChunkDelayMs, forever
    DeflateBomb, ///< 200, Content-Encoding: deflate: hugeBytes of spaces packed into ~0.1 %
};

struct FaultSpec
{
    Fault fault = Fault::Status;
    int times = -1; ///< how many requests it hits before it is used up; -1: always
    int status = 500;
    QByteArray body{}; ///< Status: the body; CloseMidBody/Malformed/Slow: replaces the route's body
    HeaderList headers{};
    qint64 hugeBytes = 20 * 1024 * 1024; ///< Huge, DeflateBomb: the (unpacked) body size
    int slowChunkDelayMs = 50;
    int slowChunkBytes = 1024;
};

struct RecordedRequest
{
    QByteArray method{};
    QString target{};       ///< percent-decoded (UTF-8), as sent: "/api/v3/regions/?x=1"
    QByteArray rawTarget{}; ///< exactly as on the wire
    QMap<QByteArray, QByteArray> headers{}; ///< lower-case names; repeated ones joined by ", "
    QByteArray body{};
};

/// How a TestServer imitates a distant, busy CMS (off by default): every answer waits `delayMs`,
/// and bodies larger than `limitAboveBytes` are sent at `bytesPerSecond` (0: at once).
struct Pacing
{
    int delayMs = 0;
    qint64 bytesPerSecond = 0;
    qint64 limitAboveBytes = 256 * 1024;
};

/// Answers requests under a path prefix in code (an API with state, like the chat); nullopt
/// passes the request on to the routes. Runs on the server thread with the server's lock held:
/// it must not call the TestServer.
using Handler = std::function<std::optional<Response>(const RecordedRequest &request)>;

class ServerState;
class ServerThread;

/// A real HTTP/1.1 server on 127.0.0.1 for tests and manual trials. It serves from its own
/// thread with its own event loop, so the test thread may block (waitForFinished, a nested
/// event loop in the client) while it answers. Every method is thread-safe.
///
/// Routing: paths are compared percent-decoded, with or without the leading "/". Routes set
/// with setRoute() come first (path+query exactly, then the path alone), then the corpus
/// (path+query exactly, then the path alone); otherwise 404 {"error":"Not found"}.
/// Faults are matched on the decoded path without the query (a trailing "*" matches a prefix)
/// and take precedence over routes; several faults on one path apply in the order added.
class TestServer final
{
    Q_DISABLE_COPY_MOVE(TestServer)

public:
    TestServer();
    ~TestServer(); ///< stops the server

    /// Listens on 127.0.0.1:port (0: any free port). False when it cannot listen.
    bool start(quint16 port = 0);
    /// Closes every connection (stalled ones too) and stops listening; start() may follow.
    void stop();
    bool isRunning() const;
    /// http://127.0.0.1:PORT, no trailing slash; empty when not running.
    QUrl baseUrl() const;
    /// baseUrl() + "/" + pathAndQuery (the leading "/" is optional); QUrl encodes it.
    QUrl url(const QString &pathAndQuery) const;
    quint16 port() const;
    QString errorString() const; ///< why start() failed

    /// Adds the routes of corpusDir/manifest.tsv (files from corpusDir/expected-outputs) with
    /// the status of each row's notes; POST rows are skipped, the first row of a URL wins.
    /// Returns the number of routes added (0 when the manifest cannot be read).
    int loadCorpus(const QString &corpusDir);
    void clearCorpus();

    void setRoute(const QString &pathAndQuery, const Response &response);
    void removeRoute(const QString &pathAndQuery);
    void clearRoutes();
    /// Requests whose decoded path starts with pathPrefix (leading "/" optional) go to `handler`
    /// (after faults, before routes); a later handler for the same prefix replaces it.
    void setHandler(const QString &pathPrefix, Handler handler);
    /// Adds a handler beside those of the same prefix (several services under "api/v3/"):
    /// handlers whose prefix matches are asked in the order added until one answers.
    void addHandler(const QString &pathPrefix, Handler handler);

    void addFault(const QString &path, const FaultSpec &spec);
    void clearFaults();

    void setPacing(const Pacing &pacing);
    /// The most requests that were being answered at the same time (since resetConcurrency()).
    int maxConcurrentRequests() const;
    void resetConcurrency();

    QList<RecordedRequest> requests() const;
    /// Requests whose decoded target starts with pathPrefix (leading "/" optional; "" counts all).
    int requestCount(const QString &pathPrefix = {}) const;
    void clearRequests();

private:
    std::unique_ptr<ServerState> m_state;
    mutable QMutex m_lifecycleMutex; ///< guards the members below
    std::unique_ptr<ServerThread> m_thread;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace integreat::testing
