#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

namespace integreat::sync {

struct DownloadOptions
{
    int parallel = 6;              ///< requests in flight at once
    int transferTimeoutMs = 30000; ///< a transfer silent this long fails
    int slowGraceMs = 20000;       ///< then it must average at least minBytesPerSecond
    qint64 minBytesPerSecond = 1024;
    qint64 maxBytes = 64ll * 1024 * 1024;
    int maxAttempts = 2;        ///< network errors, timeouts and 5xx are tried once more
    int maxFailuresInARow = 10; ///< then the remaining jobs are skipped
    QByteArray userAgent;
};

struct DownloadJob
{
    QUrl url;
    QString filePath; ///< the body goes to filePath + ".partial", renamed when complete
    QByteArray etag;  ///< validators of the cached copy; both empty: unconditional GET
    QByteArray lastModified;
};

struct DownloadResult
{
    enum class Outcome
    {
        Fetched,
        NotModified,
        Failed,
        Skipped
    };
    Outcome outcome = Outcome::Failed;
    int status = 0; ///< HTTP status, 0 when none arrived
    qint64 bytes = 0;
    QByteArray etag;
    QByteArray lastModified;
    QString contentType;
    std::optional<qint64> maxAgeSeconds; ///< net::freshness(): what the server said
    QString error;                       ///< a sentence, for Failed and Skipped
};

/// Downloads files with a few requests in flight (net::Transfer in a local event loop, so it
/// blocks like api::HttpClient). Each body is streamed to `<file>.partial` and renamed over
/// the file only when complete; a failed or cancelled transfer leaves no .partial behind and
/// the previous file untouched. Redirects are followed only to URLs `allowRedirect` accepts and
/// never from https to http. A 429 or 503 stops the run (the server asks us to slow down), as do
/// maxFailuresInARow failures in a row: the jobs not started are reported as Skipped.
class ResourceDownloader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceDownloader)

public:
    using ResultHandler = std::function<void(const DownloadJob &, const DownloadResult &)>;

    ResourceDownloader(DownloadOptions options, std::function<bool(const QUrl &)> allowRedirect,
                       std::function<bool()> isCancelled, QObject *parent = nullptr);
    ~ResourceDownloader() override;

    /// Runs every job; `handler` is called once per job as it ends (not for jobs cut short by
    /// cancelling). Returns why the run stopped early (a sentence), or an empty string.
    QString run(const QList<DownloadJob> &jobs, const ResultHandler &handler);

private:
    class Run;
    DownloadOptions m_options;
    std::function<bool(const QUrl &)> m_allowRedirect;
    std::function<bool()> m_isCancelled;
};

} // namespace integreat::sync
