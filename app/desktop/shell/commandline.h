#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace integreat::desktop {

/// What the desktop app was started with (see `integreat-desktop --help`).
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(integreat::desktop::CommandLine)

public:
    enum class Outcome
    {
        Run,   ///< start the app
        Exit,  ///< --help or --version was answered (`message` holds the text for stdout)
        Error, ///< a usage error (`message` holds one line for stderr)
    };

    Outcome outcome = Outcome::Run;
    QString message;

    QString dataDir; ///< empty: the default (paths::DataPaths::defaultDataDir())
    QUrl server;     ///< the CMS to sync from
    bool offline = false;
    QString proxy; ///< --proxy: http://HOST:PORT, socks5://HOST:PORT or none; empty: the system's
    QString openLink;    ///< --open: https://integreat.app/..., integreat://..., region/lang/path
    QString importPack;  ///< --import-pack or a FILE.integreat-pack: its absolute path
    QString screenshot;  ///< --screenshot: PNG path; render the window, save, exit
    bool kiosk = false;  ///< --kiosk: the locked public-terminal shell
    QString kioskConfig; ///< --config FILE (with --kiosk): empty = the system-wide file

    static QUrl defaultServer();
    /// Whether `argument` (a path or a file: URL) names a content pack (*.integreat-pack).
    static bool isPackFile(const QString &argument);
    /// The absolute local path of a content pack given as a path or a file: URL.
    static QString packPath(const QString &argument);
    /// Parses the arguments (argv[0] first). Never exits the process itself.
    static CommandLine parse(const QStringList &arguments);
};

} // namespace integreat::desktop
