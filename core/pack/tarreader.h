#pragma once

#include <QString>
#include <QtGlobal>
#include <functional>

class QIODevice;

namespace integreat::pack {

inline constexpr int TarBlock = 512;

/// Whether `name` may name a part of a pack: 1–99 bytes of [A-Za-z0-9._-/], no leading or
/// doubled slash, no "." or ".." step, so no name leads out of the folder it is unpacked into.
bool isPlainTarName(const QString &name);

/// Reads the ustar archives TarWriter writes, strictly: regular files with plain names, valid
/// header checksums, and the two zero blocks at the end (a pack cut short is an error, never a
/// shorter pack). Reads sequentially, so a pack can be checked while it streams.
class TarReader final
{
public:
    explicit TarReader(QIODevice &device);
    Q_DISABLE_COPY_MOVE(TarReader)

    enum class Next
    {
        Entry,
        End,
        Error
    };
    /// The next entry's header; after Entry, name() and size() describe it and readBody() must
    /// follow before the next call.
    Next next();
    QString name() const { return m_name; }
    qint64 size() const { return m_size; }
    /// Hands the body to `sink` in chunks of at most 1 MiB; false (error() set) when the archive
    /// ends early or `sink` returns false.
    bool readBody(const std::function<bool(const char *, qint64)> &sink);
    /// A sentence; empty without an error.
    QString error() const { return m_error; }

private:
    bool readExactly(char *data, qint64 size);
    Next fail(const QString &error);

    QIODevice &m_device;
    QString m_name;
    qint64 m_size = 0;
    QString m_error;
};

} // namespace integreat::pack
