#pragma once

#include <QByteArray>
#include <QFile>

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

} // namespace integreat::bench
