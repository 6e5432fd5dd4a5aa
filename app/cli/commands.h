#pragma once

#include <QStringList>

namespace integreat::cli {

class CliContext;

/// Each command parses its own options (plus the global ones) from `arguments` (argv including
/// the program name) and returns the process exit code: 0 success, 1 failure, 2 usage error.
int runRegions(CliContext &context, const QStringList &arguments);
int runSync(CliContext &context, const QStringList &arguments);
int runStatus(CliContext &context, const QStringList &arguments);
int runShow(CliContext &context, const QStringList &arguments);
int runSearch(CliContext &context, const QStringList &arguments);
int runImportTiles(CliContext &context, const QStringList &arguments);
int runRepair(CliContext &context, const QStringList &arguments);
int runKiosk(CliContext &context, const QStringList &arguments);
int runPrint(CliContext &context, const QStringList &arguments);
int runPack(CliContext &context, const QStringList &arguments);

} // namespace integreat::cli
