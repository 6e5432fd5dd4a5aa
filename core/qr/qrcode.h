#pragma once

#include <QByteArray>
#include <QList>

namespace integreat::qr {

/// A QR code as a square matrix of modules (libqrencode, error correction level M, 8-bit
/// mode so that any UTF-8 text survives). Drawing it is the caller's job: add a quiet zone of
/// QuietZone modules around it.
class QrCode final
{
public:
    static constexpr int QuietZone = 4;

    /// Encodes `text`; an empty code (isNull) when it is empty or too long for a QR code.
    static QrCode encode(const QByteArray &text);

    bool isNull() const { return m_size == 0; }
    /// Modules per side (21 for version 1, +4 per version).
    int size() const { return m_size; }
    bool isDark(int x, int y) const;

private:
    int m_size = 0;
    QList<bool> m_modules;
};

} // namespace integreat::qr
