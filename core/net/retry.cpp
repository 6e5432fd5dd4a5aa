#include "core/net/retry.h"

#include "core/net/freshness.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <algorithm>

using namespace std::chrono;

namespace integreat::net {

bool isRetryableStatus(int status)
{
    return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 ||
           status == 504;
}

bool isBusyStatus(int status)
{
    return status == 429 || status == 503;
}

milliseconds backoffDelay(const RetryPolicy &policy, int attemptNo)
{
    const qint64 base = std::max<qint64>(0, policy.baseDelay.count());
    const qint64 exp =
        std::min<qint64>(base << std::clamp(attemptNo - 1, 0, 16), policy.maxDelay.count());
    const qint64 jitter = exp > 4 ? QRandomGenerator::global()->bounded(exp / 4) : 0;
    return milliseconds(exp - jitter);
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
    const QDateTime when = parseHttpDate(trimmed);
    if (!when.isValid())
        return milliseconds(-1);
    return milliseconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
}

} // namespace integreat::net
