#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <optional>

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
    /// Answers --help and --version before any QApplication exists, so they need no display;
    /// returns the exit code when it answered, nothing when the app should start.
    static std::optional<int> answerWithoutDisplay(int &argc, char **argv);
    /// Runs the app; returns the process exit code.
    static int run(QApplication &app, const QStringList &arguments);
};

} // namespace integreat::desktop
