#pragma once

#include "core/net/reply.h"

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace integreat::net {

/// What a cache does when the server says nothing, and how often it revalidates at most.
struct FreshnessPolicy
{
    /// Lifetime when the answer has neither max-age nor Expires (nullopt: none, the caller
    /// decides).
    std::optional<qint64> defaultLifetimeSecs;
    /// A minimum revalidation interval: a known lifetime is never shorter than this, so an answer
    /// with no-cache or max-age=0 is not fetched again on every use.
    qint64 minimumSecs = 0;
};

/// The freshness of one answer, from Cache-Control, Expires and Age.
struct Freshness
{
    bool storable = true; ///< false for no-store: never write it to disk
    bool mustRevalidate = false;
    /// What the server said, in seconds from now (Age taken off, at least 0): max-age (quoted
    /// values too; no-cache, no-store and a bad max-age give 0), else Expires (a bad date is
    /// already expired); nullopt when it said nothing.
    std::optional<qint64> serverLifetimeSecs;
    /// serverLifetimeSecs, else the policy's default (not with must-revalidate: 0), raised to the
    /// policy's minimum; nullopt when neither says anything.
    std::optional<qint64> lifetimeSecs;

    /// `now` + lifetime; `now` when the lifetime is unknown.
    QDateTime expiresAt(const QDateTime &now) const;
};

Freshness freshness(const QByteArray &cacheControl, const QByteArray &expires,
                    const QByteArray &age, const QDateTime &now,
                    const FreshnessPolicy &policy = {});
Freshness freshness(const Reply &reply, const QDateTime &now, const FreshnessPolicy &policy = {});

/// An HTTP date (IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", or RFC 2822); invalid when it is not
/// one.
QDateTime parseHttpDate(const QByteArray &value);

} // namespace integreat::net
