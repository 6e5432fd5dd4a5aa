#pragma once

#include <QString>
#include <QUrl>

namespace integreat::pack {
struct PackImportResult;
}
namespace integreat::store {
class Store;
}

namespace integreat::cli {

/// importPackFile()'s exit code when a sync (or another import) holds the data folder: try later.
inline constexpr int PackBusyExitCode = 75; // EX_TEMPFAIL

/// Imports the pack at `file` into `store` (data folder `dataDir`, content from `server`) under
/// the data folder's sync lock and prints the report: a line per language on stdout, errors on
/// stderr. Returns the exit code (0: read whole; languages may have been skipped as older;
/// PackBusyExitCode: the data folder is busy, nothing was read).
int importPackFile(store::Store &store, const QString &dataDir, const QUrl &server,
                   const QString &file, bool force);

} // namespace integreat::cli
