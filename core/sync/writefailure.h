#pragma once

#include <QString>

namespace integreat::sync {

/// Why a file could not be written, in words a user can act on (issue 11: never "Unknown
/// error"): a full disk, a missing permission, a read-only file system, else the system's own
/// text. `errorNumber` is errno right after the failed call (0 when unknown: then the free space
/// and the folder's permissions of `path` are looked at).
QString writeFailure(const QString &path, int errorNumber);

} // namespace integreat::sync
