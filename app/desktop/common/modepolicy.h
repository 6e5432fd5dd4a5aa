#pragma once

namespace integreat::desktop {

/// What the app may do in its mode ("modes, not forks"): the shell asks this object instead
/// of testing for kiosk mode in every view.
class ModePolicy final
{
public:
    enum class Mode
    {
        Personal, ///< the default: the user's own computer
        Kiosk,    ///< a public terminal: locked shell, idle reset, links as QR codes
    };
    enum class ExternalLinks
    {
        OpenOnDesktop, ///< ask, then hand to the desktop (browser, phone, mail)
        ShowQrCode,    ///< never leave the app: show a QR code to take along
    };

    static ModePolicy personal() { return ModePolicy(Mode::Personal); }
    static ModePolicy kiosk() { return ModePolicy(Mode::Kiosk); }

    Mode mode() const { return m_mode; }
    bool mayWriteSettings() const { return m_mode == Mode::Personal; }
    bool mayQuit() const { return m_mode == Mode::Personal; }
    bool showsDesktopNotifications() const { return m_mode == Mode::Personal; }
    bool allowsFileDialogs() const { return m_mode == Mode::Personal; }
    ExternalLinks externalLinks() const
    {
        return m_mode == Mode::Personal ? ExternalLinks::OpenOnDesktop : ExternalLinks::ShowQrCode;
    }

private:
    explicit ModePolicy(Mode mode)
        : m_mode(mode)
    {
    }
    Mode m_mode;
};

} // namespace integreat::desktop
