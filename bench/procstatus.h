#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

namespace integreat::bench {

/// A field of /proc/self/status in kB (VmHWM: peak resident set, VmRSS: now); 0 when unknown.
inline qint64 statusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

/// Runs this benchmark again as a child with `args` (one measurement in a fresh process) and
/// returns the `fields` numbers it printed; empty when it failed, printed otherwise or took longer
/// than `timeoutMs` (then it is killed).
inline QList<double> runSelf(const QStringList &args, int timeoutMs, int fields)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), args);
    if (!child.waitForFinished(timeoutMs)) {
        child.kill();
        child.waitForFinished();
        return {};
    }
    const QStringList parts =
        QString::fromUtf8(child.readAllStandardOutput())
            .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (child.exitCode() != 0 || parts.size() != fields)
        return {};
    QList<double> numbers;
    for (const QString &part : parts)
        numbers.append(part.toDouble());
    return numbers;
}

} // namespace integreat::bench
