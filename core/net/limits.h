#pragma once

#include <QtGlobal>
#include <chrono>

namespace integreat::net {

/// How long and how big one request may get. Every limit is enforced while the body streams in.
struct TransferLimits
{
    /// No byte (and no header) for this long: the request fails. Qt's default is no timeout.
    int idleTimeoutMs = 30000;
    /// After this long the average rate must be at least minBytesPerSecond, so a server that
    /// trickles a byte now and then cannot keep a request alive for minutes.
    int slowGraceMs = 20000;
    qint64 minBytesPerSecond = 1024; ///< 0: no minimum
    /// Bodies larger than this are stopped while downloading (the biggest real lists are ~15 MB).
    qint64 maxBytes = 64ll * 1024 * 1024;
    int maxRedirects = 5;
};

/// Retries of one request: which answers are retried, how long to wait, and for how long at most.
struct RetryPolicy
{
    int maxAttempts = 4; ///< first try included
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{8000};
    /// A Retry-After longer than this is not waited for: the request fails with a clear message.
    std::chrono::milliseconds maxRetryAfter{120000};
    /// No further attempt starts that could end (wait + one idle timeout) later than this after
    /// the first one began, so a silent server costs two 30 s timeouts, not four; a Retry-After
    /// beyond it fails at once with "busy, try again in N minutes".
    std::chrono::milliseconds maxTotal{90000};
};

} // namespace integreat::net
