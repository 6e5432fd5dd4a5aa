#pragma once

#include "desktop/kiosk/kioskoverlay.h"

class QLabel;
class QLineEdit;

namespace integreat::desktop {

/// The administrator's PIN entry after the hidden gesture: large digit keys (no physical
/// keyboard needed), the PIN hidden as it is typed.
class PinPad final : public KioskOverlay
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PinPad)

public:
    explicit PinPad(QWidget *parent);

    /// Shows the pad empty.
    void open();
    void showMessage(const QString &text);
    QLineEdit *field() const { return m_field; }

signals:
    void pinEntered(const QString &pin);

private:
    void submit();

    QLabel *m_message;
    QLineEdit *m_field;
};

} // namespace integreat::desktop
