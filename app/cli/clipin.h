#pragma once

#include <QString>
#include <optional>

namespace integreat::cli {

/// Reads a new kiosk PIN: one line from standard input when it is not a terminal (scripts),
/// else asked twice on the terminal without echo. Nothing after printing why (no PIN given,
/// the two differ, not 4–12 digits).
std::optional<QString> readNewPin();

} // namespace integreat::cli
