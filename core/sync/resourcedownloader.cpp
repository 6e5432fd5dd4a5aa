#include "resourcedownloader.h"

#include "httpfreshness.h"
#include "writefailure.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
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

enum class Abort { None, Cancelled, TooLarge, WriteFailed, Redirect, WebPage };

struct Transfer
{
    qsizetype job = 0;
    int attempt = 1;
    QNetworkReply *reply = nullptr;
    QFile partial;
    qint64 received = 0;
    Abort abort = Abort::None;
    QString error; ///< for WriteFailed and Redirect
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

bool isTransientStatus(int status)
{
    return status == 408 || status == 500 || status == 502 || status == 504;
}

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
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
            for (const auto &transfer : m_transfers) {
                if (!transfer->finished) {
                    transfer->abort = Abort::Cancelled;
                    transfer->reply->abort();
                }
            }
        });
        pump();
        if (m_active > 0) {
            m_running = true;
            poll.start(CancelPollMs);
            m_loop.exec();
        }
        if (m_cancelled)
            return tr("Cancelled.");
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
        while (m_stop.isEmpty() && !m_cancelled && m_active < std::max(1, m_options.parallel)
               && !m_queue.empty()) {
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
        auto owned = std::make_unique<Transfer>();
        Transfer *t = owned.get();
        m_transfers.push_back(std::move(owned));
        t->job = pending.job;
        t->attempt = pending.attempt;
        t->partial.setFileName(job.filePath + u".partial"_s);

        QNetworkRequest request(job.url);
        request.setTransferTimeout(m_options.transferTimeoutMs);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::UserVerifiedRedirectPolicy);
        request.setMaximumRedirectsAllowed(5);
        if (!m_options.userAgent.isEmpty())
            request.setHeader(QNetworkRequest::UserAgentHeader, QString::fromUtf8(m_options.userAgent));
        request.setRawHeader("Accept", "image/*, application/pdf, */*;q=0.5");
        if (!job.etag.isEmpty())
            request.setRawHeader("If-None-Match", job.etag);
        if (!job.lastModified.isEmpty())
            request.setRawHeader("If-Modified-Since", job.lastModified);

        t->reply = m_manager.get(request);
        ++m_active;
        QNetworkReply *reply = t->reply;
        QObject::connect(reply, &QNetworkReply::redirected, &m_loop, [this, t](const QUrl &target) {
            const bool downgrade = t->reply->url().scheme() == u"https" && target.scheme() != u"https";
            if (!downgrade && m_owner.m_allowRedirect && m_owner.m_allowRedirect(target)) {
                emit t->reply->redirectAllowed();
                return;
            }
            t->abort = Abort::Redirect;
            t->error = tr("The server sent the download on to %1, which is not allowed.")
                           .arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
            t->reply->abort();
        });
        QObject::connect(reply, &QNetworkReply::metaDataChanged, &m_loop, [this, t] { onMetaData(*t); });
        QObject::connect(reply, &QNetworkReply::readyRead, &m_loop, [this, t] { onData(*t); });
        QObject::connect(reply, &QNetworkReply::finished, &m_loop, [this, t] { onFinished(*t); });
    }

    static int statusOf(const Transfer &t)
    {
        return t.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    void fail(Transfer &t, Abort why, const QString &error = {})
    {
        t.abort = why;
        t.error = error;
        t.reply->abort();
    }

    // Opens the .partial file once a 2xx answer has begun; refuses what cannot be the file.
    void onMetaData(Transfer &t)
    {
        const int status = statusOf(t);
        if (t.abort != Abort::None || t.partial.isOpen() || status < 200 || status >= 300)
            return;
        const qint64 announced = t.reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > m_options.maxBytes)
            return fail(t, Abort::TooLarge);
        if (t.reply->rawHeader("Content-Type").trimmed().toLower().startsWith("text/html"))
            return fail(t, Abort::WebPage);
        if (!t.partial.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
            return fail(t, Abort::WriteFailed, writeFailure(t.partial.fileName(), errno));
    }

    void onData(Transfer &t)
    {
        if (t.abort != Abort::None)
            return;
        onMetaData(t);
        const QByteArray chunk = t.reply->readAll();
        if (t.abort != Abort::None || !t.partial.isOpen() || chunk.isEmpty())
            return; // an error page or a 304: its body is not kept
        if (t.received + chunk.size() > m_options.maxBytes)
            return fail(t, Abort::TooLarge);
        errno = 0;
        if (t.partial.write(chunk) != chunk.size())
            return fail(t, Abort::WriteFailed, writeFailure(t.partial.fileName(), errno));
        t.received += chunk.size();
    }

    void onFinished(Transfer &t)
    {
        if (t.finished)
            return;
        t.finished = true;
        --m_active;
        onData(t);
        Verdict verdict;
        const DownloadResult result = conclude(t, verdict);
        if (t.partial.isOpen())
            t.partial.close();
        if (result.outcome != DownloadResult::Outcome::Fetched)
            QFile::remove(t.partial.fileName());
        t.reply->deleteLater();

        if (t.abort == Abort::Cancelled || m_cancelled) {
            pump(); // nothing to report: the caller learns that the run was cancelled
            return;
        }
        // Every attempt that met a server or network in trouble counts, retried or not, so a
        // dead server costs maxFailuresInARow requests, not two per file.
        if (verdict.trouble) {
            ++m_failuresInARow;
            if (verdict.busy && m_stop.isEmpty()) {
                m_stop = tr("The server is busy (HTTP %1); the other files will be tried on "
                            "the next sync.")
                             .arg(result.status);
            } else if (m_failuresInARow >= m_options.maxFailuresInARow && m_stop.isEmpty()) {
                m_stop = tr("Stopped after %n failed downloads in a row; the other files will "
                            "be tried on the next sync.",
                            nullptr, m_failuresInARow);
            }
        } else {
            m_failuresInARow = 0; // an answer, even a 404, shows the server is fine
        }
        if (result.outcome == DownloadResult::Outcome::Failed && verdict.retry
            && t.attempt < m_options.maxAttempts && m_stop.isEmpty())
            m_queue.push_back({t.job, t.attempt + 1, result.error}); // tried again at the end
        else
            m_handler(m_jobs.at(t.job), result);
        pump();
    }

    DownloadResult conclude(Transfer &t, Verdict &verdict)
    {
        using Outcome = DownloadResult::Outcome;
        const DownloadJob &job = m_jobs.at(t.job);
        QNetworkReply *reply = t.reply;
        DownloadResult r;
        r.status = statusOf(t);
        r.bytes = t.received;
        r.etag = reply->rawHeader("ETag");
        r.lastModified = reply->rawHeader("Last-Modified");
        r.contentType = QString::fromLatin1(reply->rawHeader("Content-Type"));
        r.maxAgeSeconds = freshnessLifetime(reply->rawHeader("Cache-Control"),
                                            reply->rawHeader("Expires"),
                                            QDateTime::currentDateTimeUtc());
        const QNetworkReply::NetworkError error = reply->error();
        const bool conditional = !job.etag.isEmpty() || !job.lastModified.isEmpty();
        r.outcome = Outcome::Failed;

        switch (t.abort) {
        case Abort::Cancelled:
            r.error = tr("Cancelled.");
            return r;
        case Abort::TooLarge:
            r.error = tr("The file is larger than %1 MB.").arg(m_options.maxBytes / (1024 * 1024));
            return r;
        case Abort::WriteFailed:
            verdict.trouble = true; // a full disk will not get better for the next file
            r.error = tr("Could not write the file: %1").arg(t.error);
            return r;
        case Abort::Redirect:
            r.error = t.error;
            return r;
        case Abort::WebPage:
            r.error = tr("The server sent a web page instead of the file.");
            return r;
        case Abort::None:
            break;
        }
        if (r.status == 304 && conditional) {
            r.outcome = Outcome::NotModified;
            r.bytes = 0;
        } else if (r.status >= 400) {
            r.error = r.status == 404 ? tr("Not found on the server (HTTP 404).")
                                      : tr("The server answered with an error (HTTP %1).").arg(r.status);
            verdict.retry = isTransientStatus(r.status);
            verdict.busy = r.status == 429 || r.status == 503;
            verdict.trouble = verdict.retry || verdict.busy;
        } else if (error == QNetworkReply::OperationCanceledError) {
            verdict.retry = verdict.trouble = true; // not aborted by us: Qt's transfer timeout fired
            r.error = tr("The server did not answer within %n second(s).", nullptr,
                         (m_options.transferTimeoutMs + 999) / 1000);
        } else if (error != QNetworkReply::NoError) {
            verdict.trouble = true;
            verdict.retry = error != QNetworkReply::HostNotFoundError;
            r.error = error == QNetworkReply::RemoteHostClosedError
                ? tr("The connection was closed before the download was complete.")
                : tr("Network error: %1").arg(reply->errorString());
        } else if (r.status < 200 || r.status >= 300) {
            r.error = tr("The server gave an unexpected answer (HTTP %1).").arg(r.status);
        } else {
            bool announced = false;
            const qint64 length = reply->rawHeader("Content-Length").toLongLong(&announced);
            if (announced && reply->rawHeader("Content-Encoding").isEmpty() && length > t.received) {
                verdict.retry = verdict.trouble = true;
                r.error = tr("The connection was closed before the download was complete.");
                return r;
            }
            if (!t.partial.isOpen()
                && !t.partial.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
                verdict.trouble = true;
                r.error = tr("Could not write the file: %1").arg(writeFailure(t.partial.fileName(), errno));
                return r; // an empty body never opened the file
            }
            t.partial.close();
            std::error_code renameError;
            if (t.partial.error() == QFileDevice::NoError)
                std::filesystem::rename(fsPath(t.partial.fileName()), fsPath(job.filePath), renameError);
            if (t.partial.error() != QFileDevice::NoError || renameError) {
                verdict.trouble = true;
                r.error = tr("Could not write the file: %1")
                              .arg(writeFailure(job.filePath, renameError ? renameError.value() : 0));
                return r;
            }
            r.outcome = Outcome::Fetched;
        }
        return r;
    }

    ResourceDownloader &m_owner;
    const DownloadOptions &m_options;
    const QList<DownloadJob> &m_jobs;
    const ResultHandler &m_handler;
    QNetworkAccessManager m_manager;
    QEventLoop m_loop;
    std::deque<Pending> m_queue;
    std::vector<std::unique_ptr<Transfer>> m_transfers; ///< kept to the end: replies may finish re-entrantly
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
