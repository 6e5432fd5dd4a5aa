#pragma once

#include "core/kiosk/kioskconfig.h"
#include "core/store/store.h"
#include "desktop/kiosk/kioskwindow.h"
#include "desktop/sync/synccontroller.h"

#include <QPoint>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace integreat::testing {

/// A kiosk shell shown full screen in a real (Xvfb) window over the demo town (de, en, ar;
/// start language de; PIN 2468). `prepare` may change the configuration and add content to
/// the store before the window is made.
struct KioskFixture
{
    using Prepare = std::function<void(kiosk::KioskConfig &, store::Store &, const QString &)>;
    static inline const QString Pin = QStringLiteral("2468");

    explicit KioskFixture(int idleSeconds = 120, int countdownSeconds = 20,
                          const Prepare &prepare = {});
    ~KioskFixture();
    Q_DISABLE_COPY_MOVE(KioskFixture)

    /// Taps the language tile `language` of the start screen; the session is shown.
    void startSession(const QString &language);
    /// A tap where a finger would touch: on the widget under `pos` of the kiosk window.
    void tap(QPoint pos);
    void enterPin(const QString &pin);

    QTemporaryDir dataDir;
    QTemporaryDir configDir;
    QString configFile;
    std::unique_ptr<store::Store> store;
    std::unique_ptr<desktop::SyncController> syncController;
    std::unique_ptr<desktop::KioskWindow> window;
};

} // namespace integreat::testing
