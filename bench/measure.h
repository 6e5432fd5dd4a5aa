#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace integreat::bench {

struct Measured
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    double wallMs = 0;
    qint64 maxRssKb = 0; ///< peak resident set of the child (VmHWM, sampled every 20 ms)
};

/// Runs a program to completion, feeding `input` to its stdin, and measures wall time and the
/// peak RSS of exactly that child.
Measured runMeasured(const QString &program, const QStringList &arguments,
                     const QByteArray &input = {});

/// "AMD EPYC 7B13, 2 cores" from /proc/cpuinfo.
QString machineDescription();

} // namespace integreat::bench
