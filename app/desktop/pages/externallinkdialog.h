#pragma once

#include <QDialog>
#include <QUrl>

namespace integreat::desktop {

/// Shows where a link leads before it leaves the app: a web address (with its host set
/// apart), a phone number or an e-mail address, and lets the user open it with the desktop,
/// copy it, or stay.
class ExternalLinkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExternalLinkDialog)

public:
    enum class Kind
    {
        Web,
        Telephone,
        Email,
        OnlineDocument
    };

    ExternalLinkDialog(Kind kind, const QUrl &url, QWidget *parent = nullptr);

    /// Shows the dialog; true when the user chose to open the link.
    static bool confirm(Kind kind, const QUrl &url, QWidget *parent);

    /// The address as the user should read it: a phone number, an e-mail address or the URL.
    static QString displayText(Kind kind, const QUrl &url);
};

} // namespace integreat::desktop
