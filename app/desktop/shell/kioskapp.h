#pragma once

#include <QCoreApplication>

class QApplication;

namespace integreat::desktop {

struct CommandLine;

/// integreat-desktop --kiosk [--config FILE]: reads the kiosk configuration (a missing or
/// broken one gives a locked kiosk without a PIN and says so), opens the store and shows the
/// KioskWindow full screen. Nothing is written to the user's settings; no news
/// notifications; no single-instance socket.
class KioskApp final
{
    Q_DECLARE_TR_FUNCTIONS(integreat::desktop::KioskApp)

public:
    static int run(QApplication &app, const CommandLine &cli);
};

} // namespace integreat::desktop
