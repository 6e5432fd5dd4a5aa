#include "core/kiosk/pinguard.h"

namespace integreat::kiosk {

PinGuard::PinGuard(std::optional<PinHash> hash, Clock clock)
    : m_hash(std::move(hash))
    , m_clock(std::move(clock))
{
}

QDateTime PinGuard::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

qint64 PinGuard::secondsLeft() const
{
    if (!m_lockedUntil.isValid())
        return 0;
    return std::max<qint64>(0, now().secsTo(m_lockedUntil));
}

PinGuard::Result PinGuard::attempt(const QString &pin)
{
    if (!m_hash)
        return Result::NoPin;
    if (secondsLeft() > 0)
        return Result::LockedOut;
    if (m_hash->verify(pin)) {
        m_failures = 0;
        m_lockedUntil = {};
        return Result::Accepted;
    }
    ++m_failures;
    if (m_failures >= FreeAttempts) {
        const int shift = std::min(m_failures - FreeAttempts, 6);
        const qint64 seconds = std::min<qint64>(qint64(5) << shift, MaxLockSeconds);
        m_lockedUntil = now().addSecs(seconds);
    }
    return Result::Rejected;
}

} // namespace integreat::kiosk
