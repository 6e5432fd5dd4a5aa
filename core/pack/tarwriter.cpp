#include "core/pack/tarwriter.h"

#include "core/pack/tarreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace integreat::pack {

namespace {

void putOctal(char *field, int width, qint64 value)
{
    // width - 1 digits and a NUL, as GNU and BSD tar write them.
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

} // namespace

TarWriter::TarWriter(QIODevice &device, qint64 mtimeSecs)
    : m_device(device)
    , m_mtime(mtimeSecs)
{
}

bool TarWriter::write(const char *data, qint64 size)
{
    if (m_device.write(data, size) != size) {
        m_error = m_device.errorString();
        return false;
    }
    return true;
}

bool TarWriter::pad(qint64 size)
{
    static const char zeros[TarBlock] = {};
    const qint64 rest = (TarBlock - size % TarBlock) % TarBlock;
    return rest == 0 || write(zeros, rest);
}

bool TarWriter::header(const QString &name, qint64 size)
{
    const QByteArray encoded = name.toLatin1();
    if (!isPlainTarName(name) || size < 0 || size >= (qint64(1) << 33)) {
        m_error = QCoreApplication::translate("integreat::pack", "Cannot store “%1” in a pack.")
                      .arg(name);
        return false;
    }
    char block[TarBlock] = {};
    std::memcpy(block, encoded.constData(), size_t(encoded.size()));
    putOctal(block + 100, 8, 0644);
    putOctal(block + 108, 8, 0);
    putOctal(block + 116, 8, 0);
    putOctal(block + 124, 12, size);
    putOctal(block + 136, 12, std::max<qint64>(0, m_mtime));
    block[156] = '0';
    std::memcpy(block + 257, "ustar", 6);
    std::memcpy(block + 263, "00", 2);
    std::memcpy(block + 265, "integreat", 9);
    std::memcpy(block + 297, "integreat", 9);
    std::memset(block + 148, ' ', 8);
    unsigned sum = 0;
    for (const char c : block)
        sum += static_cast<unsigned char>(c);
    putOctal(block + 148, 7, sum); // six digits, NUL, then the space left from above
    return write(block, TarBlock);
}

bool TarWriter::add(const QString &name, const QByteArray &bytes)
{
    return header(name, bytes.size()) && write(bytes.constData(), bytes.size()) &&
           pad(bytes.size());
}

bool TarWriter::addFile(const QString &name, const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = file.errorString();
        return false;
    }
    if (!header(name, size))
        return false;
    qint64 left = size;
    QByteArray chunk;
    while (left > 0) {
        chunk = file.read(std::min<qint64>(left, 1 << 20));
        if (chunk.isEmpty()) {
            m_error =
                QCoreApplication::translate("integreat::pack", "%1 changed while it was read.")
                    .arg(path);
            return false;
        }
        if (!write(chunk.constData(), chunk.size()))
            return false;
        left -= chunk.size();
    }
    return pad(size);
}

bool TarWriter::finish()
{
    static const char zeros[2 * TarBlock] = {};
    return write(zeros, sizeof zeros);
}

} // namespace integreat::pack
