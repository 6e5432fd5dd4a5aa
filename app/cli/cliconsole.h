#pragma once

#include <QString>

namespace integreat::cli {

/// stdout for results, stderr for progress and errors, both UTF-8.
void out(const QString &line);
void err(const QString &line);
/// Prints "integreat-cli: <message>" on stderr and returns the exit code to use.
int fail(const QString &message, int exitCode = 1);

} // namespace integreat::cli
