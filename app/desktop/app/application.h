#pragma once

#include <QCoreApplication>
#include <QStringList>

class QApplication;

namespace integreat::desktop {

/// Starts Integreat Desktop: command line, settings, UI translations, theme, the store, the
/// first-run flow when nothing is saved yet, the main window (or --screenshot), and a
/// background update when the saved content is more than a day old.
class Application final
{
    Q_DECLARE_TR_FUNCTIONS(integreat::desktop::Application)

public:
    /// Sets the names QStandardPaths and QSettings use; call before anything else.
    static void setIdentity();
    /// Runs the app; returns the process exit code.
    static int run(QApplication &app, const QStringList &arguments);
};

} // namespace integreat::desktop
