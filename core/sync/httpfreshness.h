#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace integreat::sync {

/// Freshness lifetime the server gives in seconds: Cache-Control max-age (no-cache and no-store
/// give 0), else Expires minus `now` (at least 0; an unparsable Expires gives 0); nullopt when
/// the response says nothing about it.
std::optional<qint64> freshnessLifetime(const QByteArray &cacheControl, const QByteArray &expires,
                                        const QDateTime &now);

} // namespace integreat::sync
