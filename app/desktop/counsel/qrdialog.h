#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;

namespace integreat::desktop {

class QrCodeWidget;

/// "Show QR code": an item's web link as a QR code large enough to scan from the screen, so
/// that a client takes the page home on their phone (in the language shown), with the link in
/// text below it.
class QrDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrDialog)

public:
    explicit QrDialog(QWidget *parent = nullptr);
    ~QrDialog() override;

    /// Shows `url` as the code; `title` names what it leads to.
    void setLink(const QUrl &url, const QString &title);
    QUrl link() const { return m_url; }
    QrCodeWidget *code() const { return m_code; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QUrl m_url;
    QLabel *m_heading;
    QrCodeWidget *m_code;
    QLabel *m_link;
};

} // namespace integreat::desktop
