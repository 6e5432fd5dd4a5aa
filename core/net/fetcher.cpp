#include "core/net/fetcher.h"

#include "core/net/retry.h"
#include "core/net/transfer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>
#include <algorithm>

using namespace std::chrono;

namespace integreat::net {

namespace {
constexpr int CancelPollMs = 50;

bool isRetryable(const Reply &reply)
{
    switch (reply.outcome) {
    case Reply::Outcome::NetworkError:
    case Reply::Outcome::Timeout:
        return true;
    case Reply::Outcome::HttpError:
        return isRetryableStatus(reply.status);
    default:
        return false; // too slow, too large, a refused redirect, cancelled: trying again won't help
    }
}
} // namespace

Fetcher::Fetcher(TransferLimits limits, RetryPolicy retry, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_retry(retry)
    , m_manager(new QNetworkAccessManager(this))
{
    m_retry.maxAttempts = std::max(1, m_retry.maxAttempts);
}

Fetcher::~Fetcher() = default;

Reply Fetcher::get(const QUrl &url, const HeaderList &headers,
                   const std::function<bool(const QUrl &)> &allowRedirect)
{
    QElapsedTimer clock;
    clock.start();
    Reply result;
    for (int attemptNo = 1;; ++attemptNo) {
        result = attempt(url, headers, allowRedirect);
        result.attempts = attemptNo;
        if (result.ok() || !isRetryable(result) || attemptNo >= m_retry.maxAttempts)
            return result;

        milliseconds delay = backoffDelay(m_retry, attemptNo);
        if (isBusyStatus(result.status)) {
            const milliseconds retryAfter = parseRetryAfter(result.header("Retry-After"));
            const bool beyondBudget =
                milliseconds(clock.elapsed()) + retryAfter + milliseconds(m_limits.idleTimeoutMs) >
                m_retry.maxTotal;
            if (retryAfter > m_retry.maxRetryAfter || beyondBudget) {
                result.error = tr("The server is busy and asks to try again in %n minute(s).", "",
                                  int(duration_cast<minutes>(retryAfter).count()) + 1);
                return result;
            }
            delay = std::max(delay, retryAfter);
        }
        // A silent server costs one idle timeout per attempt: start none that would end beyond
        // the retries' total time; the last error stands.
        if (milliseconds(clock.elapsed()) + delay + milliseconds(m_limits.idleTimeoutMs) >
            m_retry.maxTotal)
            return result;
        if (!waitBeforeRetry(delay)) {
            result.outcome = Reply::Outcome::Cancelled;
            result.error = tr("Cancelled.");
            return result;
        }
    }
}

bool Fetcher::waitBeforeRetry(milliseconds delay)
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

Reply Fetcher::attempt(const QUrl &url, const HeaderList &headers,
                       const std::function<bool(const QUrl &)> &allowRedirect)
{
    if (m_cancelled) {
        Reply cancelled;
        cancelled.outcome = Reply::Outcome::Cancelled;
        cancelled.error = tr("Cancelled.");
        return cancelled;
    }
    Transfer transfer(*m_manager, {url, headers, m_limits, allowRedirect, m_userAgent});
    QEventLoop loop;
    connect(&transfer, &Transfer::finished, &loop, &QEventLoop::quit);
    connect(&transfer, &Transfer::bytesReceived, this, &Fetcher::bytesReceived);
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_cancelled)
            transfer.cancel();
    });
    transfer.start();
    poll.start(CancelPollMs);
    if (!transfer.isFinished())
        loop.exec();
    return transfer.reply();
}

} // namespace integreat::net
