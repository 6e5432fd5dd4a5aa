#pragma once

#include "core/kiosk/kioskconfig.h"
#include "core/kiosk/pinguard.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QStackedWidget;

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

class AdminPanel;
class CountdownOverlay;
class IdleMonitor;
class KioskInputFilter;
class KioskSession;
class PinPad;
class QrCard;
class StartScreen;
class SyncController;

/// The kiosk shell (integreat-desktop --kiosk): full screen, no frame, locked
/// (KioskInputFilter). The start screen offers the town's languages; a tile starts a
/// KioskSession; idle time brings the countdown and then the start screen again, with the
/// session and the clipboard wiped. Five taps in the top-left corner and the PIN open the
/// administration.
class KioskWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskWindow)

public:
    /// Switches the UI language (translations, locale, layout direction) to a content language.
    using UiLanguageSetter = std::function<void(const QString &code)>;

    KioskWindow(store::Store &store, SyncController &sync, const QString &dataDir,
                const kiosk::KioskConfigLoad &config, QWidget *parent = nullptr);
    ~KioskWindow() override;

    void setUiLanguageSetter(UiLanguageSetter setter) { m_setUiLanguage = std::move(setter); }
    /// For tests: the clock of the PIN back-off.
    void setPinClock(kiosk::PinGuard::Clock clock);

    /// Shows the shell full screen on its screen (also where the compositor ignores the
    /// full-screen request).
    void showKiosk();
    /// Ends a session (if any) and wipes it; shows the start screen.
    void showStartScreen();
    /// Starts a visitor's session in `language`.
    void startSession(const QString &language);
    /// A link that would leave the app: shown as a QR code.
    void showQrCode(const QUrl &url);

    QString region() const { return m_region; }
    QStringList towns() const { return m_towns; }
    StartScreen *startScreen() const { return m_start; }
    KioskSession *session() const;
    QrCard *qrCard() const;
    CountdownOverlay *countdown() const;
    PinPad *pinPad() const { return m_pinPad; }
    AdminPanel *adminPanel() const { return m_admin; }
    IdleMonitor *idleMonitor() const { return m_idle; }

signals:
    /// The administrator chose Exit kiosk (after the PIN).
    void exitRequested();

private:
    /// The configured towns with content: several as tiles, else the one town's languages.
    void chooseRegion();
    void selectRegion(const QString &slug);
    void listTowns();                   ///< chooseRegion()'s reads, run through StoreGuard
    void showTown(const QString &slug); ///< selectRegion()'s reads, run through StoreGuard
    void showStoreError(const QString &text);
    void checkPin(const QString &pin);
    void onCountdown(int seconds);
    void syncNow();
    void closeOverlays();

    store::Store &m_store;
    SyncController &m_sync;
    QString m_dataDir;
    kiosk::KioskConfig m_config;
    kiosk::PinGuard m_guard;
    UiLanguageSetter m_setUiLanguage;
    QStringList m_towns; ///< configured regions with stored content
    QString m_region;
    QStringList m_languages;
    QStackedWidget *m_stack;
    StartScreen *m_start;
    QPointer<KioskSession> m_session;
    QPointer<QrCard> m_qrCard;
    QPointer<CountdownOverlay> m_countdown;
    PinPad *m_pinPad;
    AdminPanel *m_admin;
    KioskInputFilter *m_filter;
    IdleMonitor *m_idle;
};

} // namespace integreat::desktop
