// integreat-cli: the headless face of Integreat Desktop, for administrators and cron jobs.
#include "cli/cliconsole.h"
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "translations/catalogs.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Command
{
    QString name;
    const char *summary;
    std::function<int(integreat::cli::CliContext &, const QStringList &)> run;
};

// Literal strings go through QCoreApplication::translate("integreat::cli", …) so that lupdate
// sees their context; tr() is for the QT_TRANSLATE_NOOP summaries.
QString tr(const char *text)
{
    return QCoreApplication::translate("integreat::cli", text);
}

QList<Command> commands()
{
    using namespace integreat::cli;
    return {
        {u"regions"_s, QT_TRANSLATE_NOOP("integreat::cli", "List the regions on the server."),
         runRegions},
        {u"sync"_s,
         QT_TRANSLATE_NOOP("integreat::cli", "Download a region's content into the local store."),
         runSync},
        {u"status"_s, QT_TRANSLATE_NOOP("integreat::cli", "Show what the local store holds."),
         runStatus},
        {u"show"_s, QT_TRANSLATE_NOOP("integreat::cli", "Print a stored page, event or place."),
         runShow},
        {u"search"_s, QT_TRANSLATE_NOOP("integreat::cli", "Search the stored content, offline."),
         runSearch},
        {u"repair"_s,
         QT_TRANSLATE_NOOP("integreat::cli",
                           "Check the local store; move a damaged one aside and download again."),
         runRepair},
        {u"import-tiles"_s,
         QT_TRANSLATE_NOOP("integreat::cli", "Import an offline map (MBTiles) for a region."),
         runImportTiles},
        {u"kiosk"_s,
         QT_TRANSLATE_NOOP("integreat::cli",
                           "Configure kiosk mode: setup, show, set-pin, disable."),
         runKiosk},
        {u"print"_s,
         QT_TRANSLATE_NOOP("integreat::cli",
                           "Write a stored page, place or event, or this week's events, as a "
                           "PDF handout."),
         runPrint},
        {u"pack"_s,
         QT_TRANSLATE_NOOP("integreat::cli",
                           "Export or import a content pack (one file per region), or watch a "
                           "folder for packs."),
         runPack},
    };
}

QString usage()
{
    QString text = QCoreApplication::translate(
        "integreat::cli",
        "Usage: integreat-cli [global options] COMMAND [options]\n\n"
        "Keeps the content of Integreat regions in a local store that works offline.\n\n"
        "Commands:\n");
    for (const Command &command : commands())
        text += u"  %1  %2\n"_s.arg(command.name.leftJustified(12), tr(command.summary));
    text += QCoreApplication::translate(
        "integreat::cli",
        "\nGlobal options (every command):\n"
        "  --server URL        Integreat CMS (default: https://cms.integreat-app.de)\n"
        "  --data-dir DIR      folder of the local store (default: the desktop app's)\n"
        "  --timeout SECONDS   give up on a silent server after this long (default: 30)\n"
        "  --retries N         retries of a failed download (default: 3)\n"
        "  --proxy URL         proxy for every request: http://HOST:PORT, socks5://HOST:PORT\n"
        "                      or none (default: the system's, e.g. https_proxy)\n"
        "  -h, --help          help (also after a command)\n"
        "  -v, --version       version\n\n"
        "Example:\n"
        "  integreat-cli sync --region augsburg --languages de,en,ar\n");
    return text;
}

// The command is the first argument that is neither an option nor an option's value.
int commandIndex(const QStringList &arguments)
{
    static const QStringList withValue{u"--server"_s, u"--data-dir"_s, u"--timeout"_s,
                                       u"--retries"_s, u"--proxy"_s};
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (withValue.contains(arg)) {
            ++i;
            continue;
        }
        if (!arg.startsWith(u'-'))
            return i;
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    // print lays out text, which needs fonts and so a QGuiApplication; it runs without a display
    // on the offscreen platform. Every other command stays a plain QCoreApplication.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    const int rawIndex = commandIndex(rawArguments);
    const bool needsGui = rawIndex > 0 && rawArguments.at(rawIndex) == u"print"_s;
    if (needsGui)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        needsGui ? std::make_unique<QGuiApplication>(argc, argv)
                 : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"integreat-cli"_s);
    QCoreApplication::setOrganizationName(u"integreat-desktop"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(INTEGREAT_VERSION));

    // Messages in the system's UI language when there is a catalog for it, else English (the
    // source): no German fallback here, since admins often run with LANG=C.
    QTranslator translator;
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    const QString uiLanguage = uiLanguages.isEmpty() ? QString() : uiLanguages.constFirst();
    const QString code = uiLanguage.section(u'-', 0, 0).toLower();
    if (!code.isEmpty() && code != u"c"_s && code != u"en"_s &&
        translator.load(integreat::i18n::catalogPath(code)))
        QCoreApplication::installTranslator(&translator);

    QStringList arguments = QCoreApplication::arguments();
    const int index = commandIndex(arguments);
    if (index < 0) {
        if (arguments.contains(u"--version"_s) || arguments.contains(u"-v"_s)) {
            integreat::cli::out(u"integreat-cli "_s + QCoreApplication::applicationVersion());
            return 0;
        }
        if (arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)) {
            integreat::cli::out(usage().trimmed());
            return 0;
        }
        integreat::cli::err(usage().trimmed());
        return integreat::cli::fail(
            QCoreApplication::translate("integreat::cli", "no command given"), 2);
    }
    const QString name = arguments.takeAt(index);
    for (const Command &command : commands()) {
        if (command.name == name) {
            integreat::cli::CliContext context;
            return command.run(context, arguments);
        }
    }
    return integreat::cli::fail(
        QCoreApplication::translate("integreat::cli", "unknown command “%1” (see --help)")
            .arg(name),
        2);
}
