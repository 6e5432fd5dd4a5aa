#include "httpclient.h"

#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace integreat::api {

namespace {
constexpr int CancelPollMs = 50;

bool isRetryableStatus(int status)
{
    return status == 408 || status == 429 || status == 500 || status == 502 || status == 503
        || status == 504;
}

// A body shorter than its Content-Length (only checkable when it was not compressed).
bool isTruncated(const HttpResult &result, const QByteArray &body)
{
    if (!result.header("Content-Encoding").isEmpty())
        return false;
    bool ok = false;
    const qint64 announced = result.header("Content-Length").toLongLong(&ok);
    return ok && announced > body.size();
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}
} // namespace

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

milliseconds parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return milliseconds(-1);
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? milliseconds(seconds * 1000) : milliseconds(-1);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!when.isValid())
        return milliseconds(-1);
    return milliseconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
}

HttpClient::HttpClient(HttpOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_manager(new QNetworkAccessManager(this))
{
    if (m_options.userAgent.isEmpty())
        m_options.userAgent = defaultUserAgent();
    m_options.retry.maxAttempts = std::max(1, m_options.retry.maxAttempts);
}

HttpClient::~HttpClient() = default;

QByteArray HttpClient::defaultUserAgent()
{
    return "IntegreatDesktop/" INTEGREAT_VERSION " (" + QSysInfo::prettyProductName().toUtf8()
        + "; Qt " + QByteArray(qVersion()) + "; +https://integreat-app.de)";
}

HttpResult HttpClient::get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    HttpResult result;
    for (int attemptNo = 1;; ++attemptNo) {
        result = attempt(url, extraHeaders);
        result.attempts = attemptNo;
        if (result.ok() || result.outcome == HttpResult::Outcome::Cancelled
            || result.outcome == HttpResult::Outcome::TooLarge)
            return result;
        if (result.outcome == HttpResult::Outcome::HttpError && !isRetryableStatus(result.status))
            return result;
        if (attemptNo >= m_options.retry.maxAttempts)
            return result;

        milliseconds delay = backoff(attemptNo);
        if (result.status == 429 || result.status == 503) {
            const milliseconds retryAfter = parseRetryAfter(result.header("Retry-After"));
            if (retryAfter > m_options.retry.maxRetryAfter) {
                result.error = tr("The server is busy and asks to try again in %n minute(s).", "",
                                  int(duration_cast<minutes>(retryAfter).count()) + 1);
                return result;
            }
            delay = std::max(delay, retryAfter);
        }
        if (!waitBeforeRetry(delay)) {
            result.outcome = HttpResult::Outcome::Cancelled;
            result.error = tr("Cancelled.");
            return result;
        }
    }
}

milliseconds HttpClient::backoff(int attemptNo) const
{
    const qint64 base = m_options.retry.baseDelay.count();
    const qint64 exp = std::min<qint64>(base << std::min(attemptNo - 1, 16),
                                        m_options.retry.maxDelay.count());
    // Full jitter on the upper quarter so many clients do not retry in lockstep.
    const qint64 jitter = exp > 4 ? QRandomGenerator::global()->bounded(exp / 4) : 0;
    return milliseconds(exp - jitter);
}

bool HttpClient::waitBeforeRetry(milliseconds delay)
{
    if (m_cancelled)
        return false;
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_cancelled)
            loop.quit();
    });
    done.start(int(delay.count()));
    poll.start(CancelPollMs);
    loop.exec();
    return !m_cancelled;
}

HttpResult HttpClient::attempt(const QUrl &url,
                               const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    HttpResult result;
    if (m_cancelled) {
        result.outcome = HttpResult::Outcome::Cancelled;
        result.error = tr("Cancelled.");
        return result;
    }

    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QString::fromUtf8(m_options.userAgent));
    request.setRawHeader("Accept", "application/json, */*;q=0.5");
    for (const auto &[name, value] : extraHeaders)
        request.setRawHeader(name, value);

    QNetworkReply *reply = m_manager->get(request);
    bool tooLarge = false;
    bool cancelled = false;
    QByteArray body;

    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        if (tooLarge || cancelled)
            return;
        const QByteArray chunk = reply->readAll();
        if (body.size() + chunk.size() > m_options.maxBodyBytes) {
            tooLarge = true;
            reply->abort();
            return;
        }
        body.append(chunk);
        emit bytesReceived(body.size());
    });
    connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > m_options.maxBodyBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_cancelled && !cancelled) {
            cancelled = true;
            reply->abort();
        }
    });
    poll.start(CancelPollMs);
    if (!reply->isFinished())
        loop.exec();
    poll.stop();

    if (!tooLarge && !cancelled)
        body.append(reply->readAll());
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.headers = reply->rawHeaderPairs();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorString = reply->errorString();
    reply->deleteLater();

    if (cancelled) {
        result.outcome = HttpResult::Outcome::Cancelled;
        result.error = tr("Cancelled.");
    } else if (tooLarge) {
        result.outcome = HttpResult::Outcome::TooLarge;
        result.error = tr("The server sent more than %1 MB; the download was stopped.")
                           .arg(megabytes(m_options.maxBodyBytes));
    } else if (result.status >= 400) {
        result.outcome = HttpResult::Outcome::HttpError;
        result.body = body;
        result.error = result.status == 404
            ? tr("Not found on the server (HTTP 404).")
            : tr("The server answered with an error (HTTP %1).").arg(result.status);
    } else if (error == QNetworkReply::OperationCanceledError) {
        // Not cancelled by us: Qt's transfer timeout fired.
        result.outcome = HttpResult::Outcome::Timeout;
        result.error = tr("The server did not answer within %n second(s).", "",
                          (m_options.transferTimeoutMs + 999) / 1000);
    } else if (error != QNetworkReply::NoError) {
        result.outcome = HttpResult::Outcome::NetworkError;
        result.error = error == QNetworkReply::RemoteHostClosedError
            ? tr("The connection was closed before the download was complete.")
            : tr("Network error: %1").arg(errorString);
    } else if (isTruncated(result, body)) {
        result.outcome = HttpResult::Outcome::NetworkError;
        result.error = tr("The connection was closed before the download was complete.");
    } else if (result.status == 0 || (result.status >= 200 && result.status < 400)) {
        result.outcome = HttpResult::Outcome::Ok;
        result.body = std::move(body);
    }
    return result;
}

} // namespace integreat::api
