#pragma once

#include "desktop/kiosk/kioskoverlay.h"

class QLabel;
class QPushButton;

namespace integreat::desktop {

class QrCodeWidget;

/// "Take it with you": a full-window card over the kiosk with a link as a large QR code, what
/// it leads to in text, and a large Close button. Links never leave a kiosk any other way.
class QrCard final : public KioskOverlay
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrCard)

public:
    explicit QrCard(QWidget *parent);

    /// Shows `url` (tel:, mailto:, a website …) as a code; the text shows the number, address
    /// or web address.
    void showUrl(const QUrl &url);
    /// The text the code holds ("" while hidden).
    QString payload() const;
    QrCodeWidget *code() const { return m_code; }
    QPushButton *closeButton() const { return m_close; }

    /// What a phone needs: tel:/mailto: as they are, other links in full.
    static QString payloadFor(const QUrl &url);
    /// The heading and the visible text for `url` ("Call +49 …", the address …).
    static QString headingFor(const QUrl &url);
    static QString targetText(const QUrl &url);

private:
    QLabel *m_heading;
    QrCodeWidget *m_code;
    QLabel *m_target;
    QPushButton *m_close;
};

} // namespace integreat::desktop
