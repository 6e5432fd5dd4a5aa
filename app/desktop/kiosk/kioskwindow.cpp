#include "desktop/kiosk/kioskwindow.h"

#include "core/store/store.h"
#include "desktop/common/idlemonitor.h"
#include "desktop/common/storeguard.h"
#include "desktop/kiosk/adminpanel.h"
#include "desktop/kiosk/countdownoverlay.h"
#include "desktop/kiosk/kioskinputfilter.h"
#include "desktop/kiosk/kiosksession.h"
#include "desktop/kiosk/pinpad.h"
#include "desktop/kiosk/qrcard.h"
#include "desktop/kiosk/startscreen.h"
#include "desktop/presentation/pagelookup.h"
#include "desktop/sync/synccontroller.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

KioskWindow::KioskWindow(store::Store &store, SyncController &sync, const QString &dataDir,
                         const kiosk::KioskConfigLoad &config, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_sync(sync)
    , m_dataDir(dataDir)
    , m_config(config.config)
    , m_guard(config.config.pin)
    , m_stack(new QStackedWidget(this))
    , m_start(new StartScreen(this))
    , m_pinPad(new PinPad(this))
    , m_admin(new AdminPanel(store, this))
    , m_filter(new KioskInputFilter(this))
    , m_idle(new IdleMonitor(m_config.idleSeconds * 1000, m_config.countdownSeconds, this))
{
    setObjectName(u"KioskWindow"_s);
    setWindowFlag(Qt::FramelessWindowHint);
    setAcceptDrops(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The screen's size, whatever the content would like: without a window manager a larger
    // minimum would push the bottom (the keyboard, the QR card's Close) off the screen.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->addWidget(m_stack);
    m_stack->addWidget(m_start);
    m_start->setNotice(config.message);
    chooseRegion();

    connect(m_start, &StartScreen::languageChosen, this, &KioskWindow::startSession);
    connect(m_start, &StartScreen::townChosen, this, &KioskWindow::selectRegion);
    connect(m_start, &StartScreen::otherTownRequested, this, &KioskWindow::chooseRegion);
    connect(m_filter, &KioskInputFilter::activity, m_idle, &IdleMonitor::poke);
    connect(m_filter, &KioskInputFilter::cornerGesture, m_pinPad, &PinPad::open);
    connect(m_pinPad, &PinPad::pinEntered, this, &KioskWindow::checkPin);
    connect(m_idle, &IdleMonitor::countdownStarted, this, &KioskWindow::onCountdown);
    connect(m_idle, &IdleMonitor::countdownTick, this, &KioskWindow::onCountdown);
    connect(m_idle, &IdleMonitor::resumed, this, [this] {
        if (m_countdown)
            m_countdown->hide();
    });
    connect(m_idle, &IdleMonitor::expired, this, &KioskWindow::showStartScreen);
    connect(m_admin, &AdminPanel::syncRequested, this, &KioskWindow::syncNow);
    connect(m_admin, &AdminPanel::restartRequested, this, &KioskWindow::showStartScreen);
    connect(m_admin, &AdminPanel::exitRequested, this, [this] {
        m_filter->setCloseAllowed(true);
        emit exitRequested();
    });
    connect(&m_sync, &SyncController::finished, this, [this](const sync::SyncReport &report) {
        if (!m_admin->isVisible())
            return;
        m_admin->open(m_config.regions);
        m_admin->showSyncMessage(report.ok() ? tr("The update has finished.")
                                             : tr("The update failed; the last good content "
                                                  "stays in use. %1")
                                                   .arg(report.error));
    });
    m_idle->start();
}

KioskWindow::~KioskWindow()
{
    delete m_session; // its main window before the shell's parts
}

KioskSession *KioskWindow::session() const
{
    return m_session;
}

QrCard *KioskWindow::qrCard() const
{
    return m_qrCard;
}

CountdownOverlay *KioskWindow::countdown() const
{
    return m_countdown;
}

void KioskWindow::setPinClock(kiosk::PinGuard::Clock clock)
{
    m_guard = kiosk::PinGuard(m_config.pin, std::move(clock));
}

void KioskWindow::chooseRegion()
{
    StoreGuard::run([this] { listTowns(); }, [this](const QString &text) { showStoreError(text); });
}

void KioskWindow::listTowns()
{
    const PageLookup lookup(m_store);
    QStringList candidates = m_config.regions;
    if (candidates.isEmpty())
        candidates = lookup.storedRegions();
    m_towns.clear();
    for (const QString &region : std::as_const(candidates)) {
        if (!lookup.storedLanguages(region).isEmpty())
            m_towns += region;
    }
    if (m_towns.isEmpty()) {
        m_region = candidates.value(0);
        m_languages.clear();
        m_start->setRegion(m_region, {});
        m_start->setNotice(tr("Nothing is saved on this kiosk yet. The administrator can "
                              "update the content."));
        return;
    }
    if (m_towns.size() == 1) {
        showTown(m_towns.constFirst());
        return;
    }
    m_region.clear();
    m_languages.clear();
    QList<StartScreen::Town> towns;
    for (const QString &slug : std::as_const(m_towns)) {
        const std::optional<model::Region> region = m_store.region(slug);
        towns.append({slug, region ? region->name : slug});
    }
    m_start->setTowns(towns);
}

void KioskWindow::selectRegion(const QString &slug)
{
    StoreGuard::run([&] { showTown(slug); }, [this](const QString &text) { showStoreError(text); });
}

void KioskWindow::showTown(const QString &slug)
{
    if (!m_towns.contains(slug))
        return;
    m_region = slug;
    const QStringList stored = PageLookup(m_store).storedLanguages(m_region);
    m_languages.clear();
    for (const QString &code : m_config.languages.isEmpty() ? stored : m_config.languages) {
        if (stored.contains(code))
            m_languages += code;
    }
    if (!m_config.startLanguage.isEmpty() && m_languages.removeOne(m_config.startLanguage))
        m_languages.prepend(m_config.startLanguage);
    const std::optional<model::Region> region = m_store.region(m_region);
    QList<ContentLanguage> languages;
    for (const QString &code : std::as_const(m_languages))
        languages += ContentLanguage::of(region, code);
    m_start->setRegion(region ? region->name : m_region, languages, m_towns.size() > 1);
}

void KioskWindow::showStoreError(const QString &text)
{
    // No tiles to start a session with: the visitor sees one sentence, the administrator the
    // cause (the PIN and the administration stay reachable to update or repair the content).
    m_region.clear();
    m_languages.clear();
    m_start->setTowns({});
    m_start->setNotice(text);
}

void KioskWindow::closeOverlays()
{
    for (QWidget *overlay :
         {static_cast<QWidget *>(m_qrCard.data()), static_cast<QWidget *>(m_countdown.data()),
          static_cast<QWidget *>(m_pinPad), static_cast<QWidget *>(m_admin)}) {
        if (overlay)
            overlay->hide();
    }
}

void KioskWindow::showKiosk()
{
    showStartScreen();
    if (QScreen *screen = QGuiApplication::primaryScreen())
        setGeometry(screen->geometry());
    showFullScreen();
    activateWindow();
}

void KioskWindow::showStartScreen()
{
    closeOverlays();
    if (m_session) {
        m_stack->removeWidget(m_session);
        m_session->hide();
        m_session->deleteLater(); // may be called from its own button
        m_session = nullptr;
    }
    // The session's QR card and countdown speak its language: the next session makes new ones.
    for (QWidget *perSession :
         {static_cast<QWidget *>(m_qrCard.data()), static_cast<QWidget *>(m_countdown.data())}) {
        if (perSession)
            perSession->deleteLater();
    }
    m_qrCard = nullptr;
    m_countdown = nullptr;
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear(QClipboard::Clipboard);
    clipboard->clear(QClipboard::Selection);
    if (m_towns.size() > 1)
        chooseRegion(); // the next visitor chooses the town again
    const QString uiLanguage =
        m_config.startLanguage.isEmpty() ? m_languages.value(0) : m_config.startLanguage;
    if (m_setUiLanguage && !uiLanguage.isEmpty())
        m_setUiLanguage(uiLanguage);
    m_stack->setCurrentWidget(m_start);
    m_idle->start();
}

void KioskWindow::startSession(const QString &language)
{
    if (m_session || m_region.isEmpty())
        return;
    if (m_setUiLanguage)
        m_setUiLanguage(language);
    m_qrCard = new QrCard(this);
    m_countdown = new CountdownOverlay(this);
    m_session = new KioskSession(
        m_store, m_sync, m_dataDir, [this](const QUrl &url) { showQrCode(url); }, m_stack);
    connect(m_session, &KioskSession::startOverRequested, this, &KioskWindow::showStartScreen);
    m_session->setSections(m_config.sections);
    m_stack->addWidget(m_session);
    m_stack->setCurrentWidget(m_session);
    m_session->start(m_region, language);
    m_pinPad->raise();
    m_admin->raise();
    m_idle->start();
}

void KioskWindow::showQrCode(const QUrl &url)
{
    if (!m_qrCard)
        m_qrCard = new QrCard(this);
    m_qrCard->showUrl(url);
}

void KioskWindow::onCountdown(int seconds)
{
    const bool somethingToReset = m_session || m_pinPad->isVisible() || m_admin->isVisible();
    if (!somethingToReset) {
        if (m_towns.size() > 1 && !m_region.isEmpty())
            chooseRegion(); // a town chosen and left: the towns again, without asking
        m_idle->start();    // the start screen has nothing to wipe
        return;
    }
    if (!m_countdown)
        m_countdown = new CountdownOverlay(this);
    m_countdown->showSeconds(seconds);
}

void KioskWindow::checkPin(const QString &pin)
{
    switch (m_guard.attempt(pin)) {
    case kiosk::PinGuard::Result::Accepted:
        m_pinPad->hide();
        m_admin->open(m_config.regions);
        return;
    case kiosk::PinGuard::Result::Rejected:
        m_pinPad->showMessage(tr("Wrong PIN."));
        return;
    case kiosk::PinGuard::Result::LockedOut:
        m_pinPad->showMessage(tr("Too many wrong PINs. Try again in %n seconds.", nullptr,
                                 int(m_guard.secondsLeft())));
        return;
    case kiosk::PinGuard::Result::NoPin:
        m_pinPad->showMessage(tr("No PIN is set for this kiosk, so the administration cannot "
                                 "be opened here (integreat-cli kiosk set-pin)."));
        return;
    }
}

void KioskWindow::syncNow()
{
    const QStringList regions = m_config.regions.isEmpty() ? m_towns : m_config.regions;
    if (regions.isEmpty()) {
        m_admin->showSyncMessage(tr("No region is configured (integreat-cli kiosk setup)."));
        return;
    }
    if (m_sync.isOffline()) {
        m_admin->showSyncMessage(tr("This kiosk runs offline; the nightly update keeps it "
                                    "current."));
        return;
    }
    QList<QPair<QString, QStringList>> jobs;
    const bool read = StoreGuard::run(
        [&] {
            for (const QString &region : regions) {
                QStringList languages = m_config.languages;
                if (languages.isEmpty())
                    languages = PageLookup(m_store).storedLanguages(region);
                jobs.append({region, languages});
            }
        },
        [this](const QString &text) { m_admin->showSyncMessage(text); });
    if (!read)
        return;
    m_admin->showSyncMessage(tr("Updating…"));
    for (const auto &[region, languages] : std::as_const(jobs))
        m_sync.sync(region, languages);
}

} // namespace integreat::desktop
