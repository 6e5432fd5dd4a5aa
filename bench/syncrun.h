#pragma once

#include <QString>
#include <QStringList>

namespace integreat::bench {

/// One `integreat-cli sync --region metropolis --json` run, measured.
struct SyncFigures
{
    bool ok = false;
    QString error;
    double wallMs = 0;
    qint64 rssKb = 0;
    qint64 rowsWritten = 0;
    int changed = 0;
    qint64 resourceBytes = 0;
};

/// `global`: the CLI's global options (--server, --data-dir); `extra`: more sync options;
/// `cli`: another integreat-cli to run instead of this build's (an older build, to compare).
SyncFigures runSync(const QStringList &global, const QStringList &extra = {},
                    const QString &cli = {});

} // namespace integreat::bench
