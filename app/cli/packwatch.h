#pragma once

#include <QString>

namespace integreat::cli {

class CliContext;

/// `pack import --watch DIR`: polls DIR every second for *.integreat-pack files and imports each
/// new or changed one (by name, size and modification time) once it has stopped growing; a pack
/// whose id was imported already (the same pack copied again) is not imported twice. Runs until
/// SIGINT or SIGTERM, then says so on stderr and returns 0.
int watchPacks(CliContext &context, const QString &dir, bool force);

} // namespace integreat::cli
