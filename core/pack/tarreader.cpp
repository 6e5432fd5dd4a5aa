#include "core/pack/tarreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>
#include <algorithm>
#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;

namespace integreat::pack {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("integreat::pack", text);
}

/// An octal field: optional leading spaces, digits, then NUL or spaces to its end.
std::optional<qint64> octal(const char *field, int width)
{
    int i = 0;
    while (i < width && field[i] == ' ')
        ++i;
    qint64 value = 0;
    int digits = 0;
    for (; i < width && field[i] >= '0' && field[i] <= '7'; ++i, ++digits) {
        if (value > (qint64(1) << 40))
            return std::nullopt;
        value = value * 8 + (field[i] - '0');
    }
    for (; i < width; ++i) {
        if (field[i] != '\0' && field[i] != ' ')
            return std::nullopt;
    }
    return digits > 0 ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

bool isPlainTarName(const QString &name)
{
    if (name.isEmpty() || name.size() > 99)
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
                        (u >= '0' && u <= '9') || u == '.' || u == '_' || u == '-' || u == '/';
        if (!ok)
            return false;
    }
    const QStringList steps = name.split(u'/');
    return std::none_of(steps.cbegin(), steps.cend(), [](const QString &step) {
        return step.isEmpty() || step == u"."_s || step == u".."_s;
    });
}

TarReader::TarReader(QIODevice &device)
    : m_device(device)
{
}

bool TarReader::readExactly(char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 got = m_device.read(data + done, size - done);
        if (got <= 0)
            return false;
        done += got;
    }
    return true;
}

TarReader::Next TarReader::fail(const QString &error)
{
    m_error = error;
    return Next::Error;
}

TarReader::Next TarReader::next()
{
    const QString truncated = tr("The pack ends early (it was cut short while copying?).");
    char block[TarBlock];
    if (!readExactly(block, TarBlock))
        return fail(truncated);
    if (std::all_of(block, block + TarBlock, [](char c) { return c == '\0'; })) {
        if (!readExactly(block, TarBlock))
            return fail(truncated);
        if (!std::all_of(block, block + TarBlock, [](char c) { return c == '\0'; }))
            return fail(tr("The pack is damaged: an empty block inside it."));
        return Next::End;
    }
    const QString damaged = tr("The pack is damaged: a part's header is not valid.");
    const std::optional<qint64> checksum = octal(block + 148, 8);
    unsigned sum = 0;
    for (int i = 0; i < TarBlock; ++i)
        sum += (i >= 148 && i < 156) ? unsigned(' ') : static_cast<unsigned char>(block[i]);
    if (!checksum || *checksum != qint64(sum) || std::memcmp(block + 257, "ustar", 5) != 0)
        return fail(damaged);
    if (block[156] != '0' && block[156] != '\0')
        return fail(tr("The pack is damaged: it holds something other than files."));
    if (block[345] != '\0') // prefix: TarWriter never writes one
        return fail(damaged);
    const std::optional<qint64> size = octal(block + 124, 12);
    const char *end = std::find(block, block + 100, '\0');
    m_name = QString::fromLatin1(block, end - block);
    if (!size || end == block + 100 || !isPlainTarName(m_name))
        return fail(damaged);
    m_size = *size;
    return Next::Entry;
}

bool TarReader::readBody(const std::function<bool(const char *, qint64)> &sink)
{
    QByteArray chunk;
    qint64 left = m_size;
    while (left > 0) {
        chunk.resize(std::min<qint64>(left, 1 << 20));
        if (!readExactly(chunk.data(), chunk.size())) {
            m_error = tr("The pack ends early (it was cut short while copying?).");
            return false;
        }
        if (!sink(chunk.constData(), chunk.size()))
            return false;
        left -= chunk.size();
    }
    const qint64 rest = (TarBlock - m_size % TarBlock) % TarBlock;
    char padding[TarBlock];
    if (!readExactly(padding, rest)) {
        m_error = tr("The pack ends early (it was cut short while copying?).");
        return false;
    }
    return true;
}

} // namespace integreat::pack
