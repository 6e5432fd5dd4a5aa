#include "desktop/qr/qrcodewidget.h"

#include <QPainter>

namespace integreat::desktop {

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(200, 200);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

bool QrCodeWidget::setText(const QString &text)
{
    m_text = text;
    m_code = qr::QrCode::encode(text.toUtf8());
    update();
    return !m_code.isNull();
}

QImage QrCodeWidget::render(const qr::QrCode &code, int pixelsPerModule)
{
    if (code.isNull() || pixelsPerModule < 1)
        return {};
    const int modules = code.size() + 2 * qr::QrCode::QuietZone;
    QImage image(modules * pixelsPerModule, modules * pixelsPerModule, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size(); ++x) {
            if (code.isDark(x, y))
                painter.fillRect((x + qr::QrCode::QuietZone) * pixelsPerModule,
                                 (y + qr::QrCode::QuietZone) * pixelsPerModule, pixelsPerModule,
                                 pixelsPerModule, Qt::black);
        }
    }
    return image;
}

QSize QrCodeWidget::sizeHint() const
{
    return {m_preferredSide, m_preferredSide};
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    if (m_code.isNull())
        return;
    const int modules = m_code.size() + 2 * qr::QrCode::QuietZone;
    const int pixels = std::max(1, std::min(width(), height()) / modules); // whole pixels: sharp
    const QImage image = render(m_code, pixels);
    QPainter painter(this);
    painter.drawImage((width() - image.width()) / 2, (height() - image.height()) / 2, image);
}

} // namespace integreat::desktop
