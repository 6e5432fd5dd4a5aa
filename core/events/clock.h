#pragma once

#include <QDateTime>
#include <functional>

namespace integreat::events {

/// The current time, injectable so tests can stand on any day boundary.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] {
        return QDateTime::currentDateTime();
    };
}

} // namespace integreat::events
