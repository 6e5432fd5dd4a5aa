#pragma once

#include "core/net/limits.h"

#include <QByteArray>
#include <chrono>

namespace integreat::net {

/// 408, 429, 500, 502, 503, 504: answers worth trying again later.
bool isRetryableStatus(int status);
/// 429 and 503: the server asks us to slow down (Retry-After applies).
bool isBusyStatus(int status);
/// Exponential back-off for the wait after attempt `attemptNo` (1-based), capped at maxDelay,
/// with jitter on the upper quarter so many clients do not retry in lockstep.
std::chrono::milliseconds backoffDelay(const RetryPolicy &policy, int attemptNo);
/// Parses Retry-After (delta-seconds or an HTTP-date); negative when absent or unparsable.
std::chrono::milliseconds parseRetryAfter(const QByteArray &value);

} // namespace integreat::net
