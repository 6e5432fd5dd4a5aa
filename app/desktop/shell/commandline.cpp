#include "desktop/shell/commandline.h"

#include "core/net/proxy.h"
#include "core/paths/datapaths.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

QUrl CommandLine::defaultServer()
{
    return QUrl(u"https://cms.integreat-app.de"_s);
}

bool CommandLine::isPackFile(const QString &argument)
{
    return packPath(argument).endsWith(u".integreat-pack"_s, Qt::CaseInsensitive);
}

QString CommandLine::packPath(const QString &argument)
{
    // A desktop entry's %u gives a file manager's file:///… URL; a shell gives a path.
    const QString path = argument.startsWith(u"file:"_s, Qt::CaseInsensitive)
                             ? QUrl(argument).toLocalFile()
                             : argument;
    // Absolute: a running instance that takes it over has another working folder.
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Integreat: local information for newcomers, in their language, also offline."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption dataDir(
        u"data-dir"_s,
        tr("Folder of the local store (default: %1).").arg(u"~/.local/share/integreat-desktop"_s),
        tr("DIR"));
    const QCommandLineOption server(
        u"server"_s,
        tr("Integreat CMS to update from (default: %1).").arg(defaultServer().toString()),
        tr("URL"), defaultServer().toString());
    const QCommandLineOption offline(u"offline"_s,
                                     tr("Never use the network; show the saved content only."));
    const QCommandLineOption open(u"open"_s,
                                  tr("Open a page: an https://integreat.app/… link, an "
                                     "integreat:// link or region/language/path."),
                                  tr("LINK"));
    const QCommandLineOption importPack(
        u"import-pack"_s,
        tr("Import a content pack (made with integreat-cli pack export) and show the result in "
           "the settings; the same as giving FILE.integreat-pack."),
        tr("FILE"));
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        tr("Render the window at 1280×800 into a PNG file and exit (for documentation and "
           "smoke tests)."),
        tr("FILE"));
    const QCommandLineOption proxy(
        u"proxy"_s,
        tr("Send every request through this proxy: http://HOST:PORT, socks5://HOST:PORT or "
           "none (default: the system's proxy settings)."),
        tr("URL"));
    const QCommandLineOption kiosk(
        u"kiosk"_s,
        tr("Run as a locked public kiosk (full screen, idle reset, links as QR codes)."));
    const QCommandLineOption kioskConfig(u"config"_s,
                                         tr("The kiosk configuration (with --kiosk; default: %1).")
                                             .arg(paths::DataPaths::kioskConfigFile()),
                                         tr("FILE"));
    parser.addOptions(
        {dataDir, server, offline, proxy, open, importPack, screenshot, kiosk, kioskConfig});
    parser.addPositionalArgument(
        tr("LINK"), tr("The same as --open, or a content pack file (.integreat-pack) to import."),
        tr("[LINK]"));

    if (!parser.parse(arguments)) {
        result.outcome = Outcome::Error;
        result.message = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.outcome = Outcome::Exit;
        result.message = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.outcome = Outcome::Exit;
        result.message = u"integreat-desktop "_s + QStringLiteral(INTEGREAT_VERSION) + u'\n';
        return result;
    }

    result.dataDir = parser.value(dataDir);
    result.offline = parser.isSet(offline);
    result.screenshot = parser.value(screenshot);
    result.openLink = parser.value(open);
    QStringList positional = parser.positionalArguments();
    if (parser.isSet(importPack))
        result.importPack = packPath(parser.value(importPack));
    if (!positional.isEmpty() && isPackFile(positional.constFirst())) {
        if (!result.importPack.isEmpty()) {
            result.outcome = Outcome::Error;
            result.message = tr("Give one content pack to import, not several.");
            return result;
        }
        result.importPack = packPath(positional.takeFirst());
    }
    if (positional.size() > 1 || (!positional.isEmpty() && !result.openLink.isEmpty())) {
        result.outcome = Outcome::Error;
        result.message = tr("Give one link to open, not several.");
        return result;
    }
    if (!positional.isEmpty())
        result.openLink = positional.constFirst();
    result.kiosk = parser.isSet(kiosk);
    result.kioskConfig = parser.value(kioskConfig);
    if (!result.kiosk && parser.isSet(kioskConfig)) {
        result.outcome = Outcome::Error;
        result.message = tr("--config is for --kiosk.");
        return result;
    }
    if (result.kiosk && (!result.openLink.isEmpty() || !result.screenshot.isEmpty())) {
        result.outcome = Outcome::Error;
        result.message = tr("--kiosk starts at its own start screen: no link or --screenshot.");
        return result;
    }
    if (!result.importPack.isEmpty() && (result.kiosk || !result.screenshot.isEmpty())) {
        result.outcome = Outcome::Error;
        result.message = tr("A content pack is imported in a window: not with --kiosk or "
                            "--screenshot.");
        return result;
    }

    result.proxy = parser.value(proxy);
    if (const QString error = net::Proxy::check(result.proxy); !error.isEmpty()) {
        result.outcome = Outcome::Error;
        result.message = error;
        return result;
    }

    result.server = QUrl(parser.value(server), QUrl::StrictMode);
    const QString scheme = result.server.scheme();
    if (!result.server.isValid() || result.server.host().isEmpty() ||
        (scheme != u"https"_s && scheme != u"http"_s)) {
        result.outcome = Outcome::Error;
        result.message =
            tr("--server needs an http(s) URL such as %1.").arg(defaultServer().toString());
        return result;
    }
    return result;
}

} // namespace integreat::desktop
