#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

class QIODevice;

namespace integreat::pack {

/// Writes a POSIX ustar archive (what `tar tvf` lists) to a device, one regular file at a time.
/// Names are plain ASCII paths of at most 99 bytes; sizes below 8 GiB; every entry has mode
/// 0644 and the given modification time. finish() writes the two zero blocks that end it.
class TarWriter final
{
public:
    explicit TarWriter(QIODevice &device, qint64 mtimeSecs);
    Q_DISABLE_COPY_MOVE(TarWriter)

    /// False with error() set when the device refused a write or the name does not fit.
    bool add(const QString &name, const QByteArray &bytes);
    /// Streams the file at `path` (of `size` bytes, as hashed before) into the archive.
    bool addFile(const QString &name, const QString &path, qint64 size);
    bool finish();
    QString error() const { return m_error; }

private:
    bool header(const QString &name, qint64 size);
    bool write(const char *data, qint64 size);
    bool pad(qint64 size);

    QIODevice &m_device;
    qint64 m_mtime;
    QString m_error;
};

} // namespace integreat::pack
