#include "core/qr/qrcode.h"

#include <memory>
#include <qrencode.h>

namespace integreat::qr {

QrCode QrCode::encode(const QByteArray &text)
{
    QrCode code;
    if (text.isEmpty())
        return code;
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> encoded(
        QRcode_encodeData(int(text.size()),
                          reinterpret_cast<const unsigned char *>(text.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!encoded)
        return code; // too long (or out of memory)
    code.m_size = encoded->width;
    code.m_modules.resize(qsizetype(code.m_size) * code.m_size);
    for (qsizetype i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = (encoded->data[i] & 1) != 0; // bit 0: dark module
    return code;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(qsizetype(y) * m_size + x);
}

} // namespace integreat::qr
