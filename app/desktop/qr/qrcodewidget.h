#pragma once

#include "core/qr/qrcode.h"

#include <QImage>
#include <QWidget>

namespace integreat::desktop {

/// Paints a QR code as large as it fits, black on white with its quiet zone, whatever the
/// theme (scanners need the contrast).
class QrCodeWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrCodeWidget)

public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    /// Encodes `text` (UTF-8); false when it is too long for a QR code (nothing is shown).
    bool setText(const QString &text);
    QString text() const { return m_text; }
    bool hasCode() const { return !m_code.isNull(); }

    /// The code as an image with `pixelsPerModule` pixels per module and the quiet zone.
    static QImage render(const qr::QrCode &code, int pixelsPerModule);
    QImage image(int pixelsPerModule = 8) const { return render(m_code, pixelsPerModule); }

    /// The side it asks for (size hint); it shrinks down to its minimum (200 px) when the
    /// window has less room.
    void setPreferredSide(int pixels)
    {
        m_preferredSide = pixels;
        updateGeometry();
    }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    qr::QrCode m_code;
    int m_preferredSide = 360;
};

} // namespace integreat::desktop
