#include "core/sync/resourcedownloader.h"

#include "core/net/freshness.h"
#include "core/net/retry.h"
#include "core/net/transfer.h"
#include "core/sync/writefailure.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <algorithm>
#include <cerrno>
#include <deque>
#include <filesystem>
#include <memory>
#include <system_error>
#include <vector>

using namespace Qt::StringLiterals;

namespace integreat::sync {

namespace {

constexpr int CancelPollMs = 50;

struct Download
{
    qsizetype job = 0;
    int attempt = 1;
    std::unique_ptr<net::Transfer> transfer;
    QFile partial;
    bool finished = false;
};

/// How a finished transfer bears on the rest of the run.
struct Verdict
{
    bool retry = false;   ///< worth one more attempt (network error, timeout, 5xx)
    bool trouble = false; ///< the server, the network or the disk is in trouble
    bool busy = false;    ///< 429/503: the server asks us to slow down
};

struct Pending
{
    qsizetype job = 0;
    int attempt = 1;
    QString lastError;
};

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

/// The translation context of this file's free functions (lupdate reads it from the macro).
class ResourceDownloaderText
{
    Q_DECLARE_TR_FUNCTIONS(integreat::sync::ResourceDownloader)
};

/// Why a file could not be written, in words (sync::writeFailure: a full disk, a missing
/// permission, a read-only file system; never Qt's "Unknown error").
QString writeError(const QFile &file, int savedErrno)
{
    return ResourceDownloaderText::tr("Could not write the file: %1")
        .arg(writeFailure(file.fileName(), savedErrno));
}

// Opens the .partial file (unbuffered, so a full disk shows at the write that hits it).
QString openPartial(QFile &partial)
{
    errno = 0;
    if (partial.isOpen() ||
        partial.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return {};
    return writeError(partial, errno);
}

QString writeChunk(QFile &partial, const QByteArray &chunk)
{
    if (const QString error = openPartial(partial); !error.isEmpty())
        return error;
    errno = 0;
    if (partial.write(chunk) == chunk.size())
        return {};
    return writeError(partial, errno);
}

} // namespace

class ResourceDownloader::Run final
{
public:
    Run(ResourceDownloader &owner, const QList<DownloadJob> &jobs, const ResultHandler &handler)
        : m_owner(owner)
        , m_options(owner.m_options)
        , m_jobs(jobs)
        , m_handler(handler)
    {
        for (qsizetype i = 0; i < jobs.size(); ++i)
            m_queue.push_back({i, 1, {}});
    }

    QString exec()
    {
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &m_loop, [this] {
            if (m_cancelled || !m_owner.m_isCancelled || !m_owner.m_isCancelled())
                return;
            m_cancelled = true;
            for (const auto &download : m_downloads) {
                if (!download->finished)
                    download->transfer->cancel();
            }
        });
        pump();
        if (m_active > 0) {
            m_running = true;
            poll.start(CancelPollMs);
            m_loop.exec();
        }
        if (m_cancelled)
            return ResourceDownloaderText::tr("Cancelled.");
        for (const Pending &pending : m_queue) {
            DownloadResult result;
            result.outcome = pending.lastError.isEmpty() ? DownloadResult::Outcome::Skipped
                                                         : DownloadResult::Outcome::Failed;
            result.error = pending.lastError.isEmpty() ? m_stop : pending.lastError;
            m_handler(m_jobs.at(pending.job), result);
        }
        return m_stop;
    }

private:
    void pump()
    {
        while (m_stop.isEmpty() && !m_cancelled && m_active < std::max(1, m_options.parallel) &&
               !m_queue.empty()) {
            const Pending next = m_queue.front();
            m_queue.pop_front();
            start(next);
        }
        if (m_active == 0 && m_running)
            m_loop.quit();
    }

    void start(const Pending &pending)
    {
        const DownloadJob &job = m_jobs.at(pending.job);
        net::Transfer::Request request;
        request.url = job.url;
        request.headers = {{"Accept", "image/*, application/pdf, */*;q=0.5"}};
        if (!job.etag.isEmpty())
            request.headers.append({"If-None-Match", job.etag});
        if (!job.lastModified.isEmpty())
            request.headers.append({"If-Modified-Since", job.lastModified});
        request.limits.idleTimeoutMs = m_options.transferTimeoutMs;
        request.limits.slowGraceMs = m_options.slowGraceMs;
        request.limits.minBytesPerSecond = m_options.minBytesPerSecond;
        request.limits.maxBytes = m_options.maxBytes;
        request.allowRedirect = m_owner.m_allowRedirect;
        request.userAgent = m_options.userAgent;

        auto owned = std::make_unique<Download>();
        Download *d = owned.get();
        m_downloads.push_back(std::move(owned));
        d->job = pending.job;
        d->attempt = pending.attempt;
        d->partial.setFileName(job.filePath + u".partial"_s);
        d->transfer = std::make_unique<net::Transfer>(m_manager, std::move(request));
        d->transfer->setHeaderCheck([](const net::Reply &headers) {
            return headers.header("Content-Type").trimmed().toLower().startsWith("text/html")
                       ? ResourceDownloaderText::tr(
                             "The server sent a web page instead of the file.")
                       : QString();
        });
        d->transfer->setBodySink(
            [d](const QByteArray &chunk) { return writeChunk(d->partial, chunk); });
        QObject::connect(d->transfer.get(), &net::Transfer::finished, &m_loop,
                         [this, d] { onFinished(*d); });
        ++m_active;
        d->transfer->start();
    }

    void onFinished(Download &d)
    {
        if (d.finished)
            return;
        d.finished = true;
        --m_active;
        Verdict verdict;
        const DownloadResult result = conclude(d, verdict);
        if (d.partial.isOpen())
            d.partial.close();
        if (result.outcome != DownloadResult::Outcome::Fetched)
            QFile::remove(d.partial.fileName());

        if (d.transfer->reply().outcome == net::Reply::Outcome::Cancelled || m_cancelled) {
            pump(); // nothing to report: the caller learns that the run was cancelled
            return;
        }
        // Every attempt that met a server or network in trouble counts, retried or not, so a
        // dead server costs maxFailuresInARow requests, not two per file.
        if (verdict.trouble) {
            ++m_failuresInARow;
            if (verdict.busy && m_stop.isEmpty()) {
                m_stop = ResourceDownloaderText::tr(
                             "The server is busy (HTTP %1); the other files will be tried on "
                             "the next sync.")
                             .arg(result.status);
            } else if (m_failuresInARow >= m_options.maxFailuresInARow && m_stop.isEmpty()) {
                m_stop = ResourceDownloader::tr("Stopped after %n failed downloads in a row; the "
                                                "other files will be tried on the next sync.",
                                                nullptr, m_failuresInARow);
            }
        } else {
            m_failuresInARow = 0; // an answer, even a 404, shows the server is fine
        }
        if (result.outcome == DownloadResult::Outcome::Failed && verdict.retry &&
            d.attempt < m_options.maxAttempts && m_stop.isEmpty())
            m_queue.push_back({d.job, d.attempt + 1, result.error}); // tried again at the end
        else
            m_handler(m_jobs.at(d.job), result);
        pump();
    }

    DownloadResult conclude(Download &d, Verdict &verdict)
    {
        using Outcome = DownloadResult::Outcome;
        using Net = net::Reply::Outcome;
        const DownloadJob &job = m_jobs.at(d.job);
        const net::Reply &reply = d.transfer->reply();
        DownloadResult r;
        r.status = reply.status;
        r.bytes = reply.bytes;
        r.etag = reply.header("ETag");
        r.lastModified = reply.header("Last-Modified");
        r.contentType = QString::fromLatin1(reply.header("Content-Type"));
        r.maxAgeSeconds = net::freshness(reply, QDateTime::currentDateTimeUtc()).serverLifetimeSecs;
        r.outcome = Outcome::Failed;
        r.error = reply.error;

        switch (reply.outcome) {
        case Net::Cancelled:
        case Net::TooLarge:
        case Net::Redirect:
        case Net::Refused:
            return r;
        case Net::WriteFailed:
        case Net::TooSlow:
            verdict.trouble = true; // a full disk will not get better for the next file
            return r;
        case Net::Timeout:
            verdict.retry = verdict.trouble = true;
            return r;
        case Net::NetworkError:
            verdict.trouble = true;
            verdict.retry = reply.networkError != QNetworkReply::HostNotFoundError;
            return r;
        case Net::HttpError:
            verdict.retry = net::isRetryableStatus(r.status) && !net::isBusyStatus(r.status);
            verdict.busy = net::isBusyStatus(r.status);
            verdict.trouble = verdict.retry || verdict.busy;
            return r;
        case Net::Ok:
            break;
        }
        const bool conditional = !job.etag.isEmpty() || !job.lastModified.isEmpty();
        if (r.status == 304 && conditional) {
            r.outcome = Outcome::NotModified;
            r.bytes = 0;
            r.error.clear();
            return r;
        }
        if (r.status < 200 || r.status >= 300) {
            r.error = ResourceDownloaderText::tr("The server gave an unexpected answer (HTTP %1).")
                          .arg(r.status);
            return r;
        }
        // An empty body never opened the file.
        if (const QString error = openPartial(d.partial); !error.isEmpty()) {
            verdict.trouble = true;
            r.error = error;
            return r;
        }
        errno = 0;
        d.partial.close();
        const int closeErrno = errno;
        std::error_code renameError;
        if (d.partial.error() == QFileDevice::NoError)
            std::filesystem::rename(fsPath(d.partial.fileName()), fsPath(job.filePath),
                                    renameError);
        if (d.partial.error() != QFileDevice::NoError || renameError) {
            verdict.trouble = true;
            r.error = renameError ? writeError(d.partial, renameError.value())
                                  : writeError(d.partial, closeErrno);
            return r;
        }
        r.outcome = Outcome::Fetched;
        r.error.clear();
        return r;
    }

    ResourceDownloader &m_owner;
    const DownloadOptions &m_options;
    const QList<DownloadJob> &m_jobs;
    const ResultHandler &m_handler;
    QNetworkAccessManager m_manager;
    QEventLoop m_loop;
    std::deque<Pending> m_queue;
    std::vector<std::unique_ptr<Download>>
        m_downloads; ///< kept to the end: transfers may finish re-entrantly
    int m_active = 0;
    int m_failuresInARow = 0;
    QString m_stop;
    bool m_cancelled = false;
    bool m_running = false;
};

ResourceDownloader::ResourceDownloader(DownloadOptions options,
                                       std::function<bool(const QUrl &)> allowRedirect,
                                       std::function<bool()> isCancelled, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_allowRedirect(std::move(allowRedirect))
    , m_isCancelled(std::move(isCancelled))
{
}

ResourceDownloader::~ResourceDownloader() = default;

QString ResourceDownloader::run(const QList<DownloadJob> &jobs, const ResultHandler &handler)
{
    Run run(*this, jobs, handler);
    return run.exec();
}

} // namespace integreat::sync
