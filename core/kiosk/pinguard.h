#pragma once

#include "core/kiosk/pinhash.h"

#include <QDateTime>
#include <functional>
#include <optional>

namespace integreat::kiosk {

/// Checks PINs against the configured hash and slows down guessing: after 3 wrong PINs in a
/// row every attempt waits 2^(n-3) × 5 seconds (at most 5 minutes) before the next is checked.
/// The clock is injectable for tests.
class PinGuard final
{
public:
    using Clock = std::function<QDateTime()>;
    enum class Result
    {
        Accepted,
        Rejected,
        LockedOut, ///< too many wrong PINs: not even checked; see secondsLeft()
        NoPin,     ///< no PIN is configured: nothing opens
    };
    static constexpr int FreeAttempts = 3;
    static constexpr int MaxLockSeconds = 300;

    explicit PinGuard(std::optional<PinHash> hash, Clock clock = {});

    Result attempt(const QString &pin);
    /// Seconds until the next attempt is checked (0: now).
    qint64 secondsLeft() const;
    int failures() const { return m_failures; }

private:
    QDateTime now() const;

    std::optional<PinHash> m_hash;
    Clock m_clock;
    int m_failures = 0;
    QDateTime m_lockedUntil;
};

} // namespace integreat::kiosk
