#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace integreat::bench {

/// The concurrent pipeline against its floor, on the lists only (no resources): a bare fetch +
/// JSON parse of `urls` over `connections` connections, then full syncs into empty data folders
/// with --connections 1 and --connections `connections`, and an unchanged resync. Prints a table
/// on stdout unless `quiet`; returns the figures. With `baselineCli` (another build's
/// integreat-cli) its full sync and unchanged resync over `connections` run too, in the same
/// run, for a before/after comparison.
QJsonObject compareLists(const QUrl &server, const QList<QUrl> &urls, int connections, bool quiet,
                         const QString &baselineCli = {});

} // namespace integreat::bench
