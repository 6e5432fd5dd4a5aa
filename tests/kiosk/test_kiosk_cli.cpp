// integreat-cli kiosk end to end: a real process writing a real configuration file.
#include "bytesearch.h"
#include "clirunner.h"
#include "core/kiosk/kioskconfigfile.h"
#include "corpus.h"
#include "testserver.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace integreat::kiosk;
using namespace Qt::StringLiterals;

namespace {

using Run = integreat::testing::CliResult;

/// Runs integreat-cli with `input` on its standard input (not a terminal: the PIN is read there).
Run cli(const QStringList &arguments, const QByteArray &input = {})
{
    return integreat::testing::runCli(arguments, QProcessEnvironment::systemEnvironment(), input);
}

} // namespace

TEST_CASE("integreat-cli kiosk setup stores the settings and only a hash of the PIN")
{
    QTemporaryDir dir;
    const QString config = dir.filePath(u"etc/kiosk.conf"_s);
    const Run setup = cli({u"kiosk"_s, u"setup"_s, u"--config"_s, config, u"--region"_s,
                           u"augsburg"_s, u"--languages"_s, u"de,en,ar,uk,fa"_s,
                           u"--idle-seconds"_s, u"150"_s, u"--countdown-seconds"_s, u"25"_s,
                           u"--data-dir"_s, dir.filePath(u"data"_s), u"--pin"_s},
                          "73915046\n");
    INFO(setup.err.toStdString());
    REQUIRE(setup.exitCode == 0);
    CHECK(setup.out.contains(u"kiosk.conf"_s));

    CHECK(integreat::testing::filesContaining(dir.path(), "73915046", QDir::System)
              .isEmpty()); // the PIN is in no file at all
    const KioskConfigLoad load = KioskConfigFile::load(config);
    REQUIRE(load.status == KioskConfigLoad::Status::Loaded);
    CHECK(load.config.regions == QStringList{u"augsburg"_s});
    CHECK(load.config.languages == QStringList{u"de"_s, u"en"_s, u"ar"_s, u"uk"_s, u"fa"_s});
    CHECK(load.config.startLanguage == u"de"_s);
    CHECK(load.config.idleSeconds == 150);
    CHECK(load.config.countdownSeconds == 25);
    REQUIRE(load.config.pin.has_value());
    CHECK(load.config.pin->verify(u"73915046"_s));
    CHECK_FALSE(load.config.pin->verify(u"73915047"_s));

    const Run show = cli({u"kiosk"_s, u"show"_s, u"--config"_s, config});
    REQUIRE(show.exitCode == 0);
    CHECK(show.out.contains(u"augsburg"_s));
    CHECK(show.out.contains(u"150"_s));
    CHECK(show.out.contains(u"PBKDF2"_s));
    CHECK_FALSE(show.out.contains(u"73915046"_s));
    CHECK(cli({u"kiosk"_s, u"show"_s, u"--check"_s, u"--config"_s, config}).exitCode == 0);

    // A new PIN replaces the old one; a later setup without --pin keeps it.
    REQUIRE(cli({u"kiosk"_s, u"set-pin"_s, u"--config"_s, config}, "5555\n").exitCode == 0);
    REQUIRE(cli({u"kiosk"_s, u"setup"_s, u"--config"_s, config, u"--languages"_s, u"de,tr"_s})
                .exitCode == 0);
    const KioskConfigLoad changed = KioskConfigFile::load(config);
    REQUIRE(changed.config.pin.has_value());
    CHECK(changed.config.pin->verify(u"5555"_s));
    CHECK_FALSE(changed.config.pin->verify(u"73915046"_s));
    CHECK(changed.config.regions == QStringList{u"augsburg"_s});
    CHECK(changed.config.languages == QStringList{u"de"_s, u"tr"_s});
    CHECK(integreat::testing::filesContaining(dir.path(), "5555", QDir::System).isEmpty());

    // disable: the kiosk service's ExecCondition (show --check) fails; setup turns it on again.
    REQUIRE(cli({u"kiosk"_s, u"disable"_s, u"--config"_s, config}).exitCode == 0);
    CHECK(cli({u"kiosk"_s, u"show"_s, u"--check"_s, u"--config"_s, config}).exitCode == 1);
    CHECK(cli({u"kiosk"_s, u"show"_s, u"--config"_s, config}).out.contains(u"disabled"_s));
    REQUIRE(cli({u"kiosk"_s, u"setup"_s, u"--config"_s, config}).exitCode == 0);
    CHECK(cli({u"kiosk"_s, u"show"_s, u"--check"_s, u"--config"_s, config}).exitCode == 0);
}

TEST_CASE("integreat-cli kiosk refuses bad input with one clear line and writes nothing")
{
    QTemporaryDir dir;
    const QString config = dir.filePath(u"kiosk.conf"_s);
    const QStringList setup{u"kiosk"_s, u"setup"_s, u"--config"_s, config};
    struct Case
    {
        QStringList arguments;
        QByteArray input;
        QString says;
    };
    const QList<Case> cases{
        {setup, {}, u"--region"_s},
        {setup + QStringList{u"--region"_s, u"augsburg"_s, u"--idle-seconds"_s, u"5"_s},
         {},
         u"--idle-seconds"_s},
        {setup + QStringList{u"--region"_s, u"augsburg"_s, u"--countdown-seconds"_s, u"x"_s},
         {},
         u"--countdown-seconds"_s},
        {setup + QStringList{u"--region"_s, u"Augs burg"_s}, {}, u"Augs burg"_s},
        {setup + QStringList{u"--region"_s, u"augsburg"_s, u"--sections"_s, u"local,bar"_s},
         {},
         u"bar"_s},
        {setup + QStringList{u"--region"_s, u"augsburg"_s, u"--pin"_s}, "12ab\n",
         u"4 to 12 digits"_s},
        {setup + QStringList{u"--region"_s, u"augsburg"_s, u"--pin"_s}, "", u"no PIN"_s},
        {{u"kiosk"_s, u"set-pin"_s, u"--config"_s, config}, "1234\n", u"does not exist"_s},
        {{u"kiosk"_s, u"show"_s, u"--config"_s, config}, {}, u"does not exist"_s},
        {{u"kiosk"_s, u"reboot"_s, u"--config"_s, config}, {}, u"reboot"_s},
        {{u"kiosk"_s}, {}, u"usage"_s},
    };
    for (const Case &c : cases) {
        INFO(c.arguments.join(u' ').toStdString());
        const Run run = cli(c.arguments, c.input);
        CHECK((run.exitCode == 1 || run.exitCode == 2));
        CHECK(run.err.startsWith(u"integreat-cli: "_s));
        CHECK(run.err.contains(c.says));
        CHECK_FALSE(QFile::exists(config));
    }

    // A broken file: show says so and names it; setup replaces it (without the broken values).
    {
        QFile file(config);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("[kiosk]\nidle_seconds = later\n");
    }
    const Run show = cli({u"kiosk"_s, u"show"_s, u"--config"_s, config});
    CHECK(show.exitCode == 1);
    CHECK(show.err.contains(u"broken"_s));
    CHECK(show.err.contains(u"kiosk.conf"_s));
    REQUIRE(cli(setup + QStringList{u"--region"_s, u"augsburg"_s}).exitCode == 0);
    CHECK(KioskConfigFile::load(config).status == KioskConfigLoad::Status::Loaded);
}

TEST_CASE("integreat-cli kiosk sync downloads the configured region and languages")
{
    INTEGREAT_REQUIRE_CORPUS();
    integreat::testing::TestServer server;
    server.loadCorpus(integreat::testing::corpusDir());
    REQUIRE(server.start());
    QTemporaryDir dir;
    const QString config = dir.filePath(u"kiosk.conf"_s);
    REQUIRE(cli({u"kiosk"_s, u"setup"_s, u"--config"_s, config, u"--region"_s, u"augsburg"_s,
                 u"--languages"_s, u"de"_s})
                .exitCode == 0);
    const QStringList global{u"--server"_s,   server.baseUrl().toString(),
                             u"--data-dir"_s, dir.filePath(u"data"_s),
                             u"--config"_s,   config};
    const Run sync = cli(QStringList{u"kiosk"_s, u"sync"_s, u"--max-age"_s, u"24"_s} + global +
                         QStringList{u"--timeout"_s, u"5"_s}); // nothing stored: syncs
    CHECK_FALSE(sync.out.contains(u"skipped"_s));
    INFO(sync.err.toStdString());
    REQUIRE(sync.exitCode == 0);
    const Run status = cli({u"status"_s, u"--data-dir"_s, dir.filePath(u"data"_s)});
    CHECK(status.out.contains(u"augsburg"_s));
    // The update at boot: content from a minute ago is fresh enough.
    const Run boot = cli(QStringList{u"kiosk"_s, u"sync"_s, u"--max-age"_s, u"24"_s} + global);
    CHECK(boot.exitCode == 0);
    CHECK(boot.out.contains(u"skipped"_s));
    CHECK(cli(QStringList{u"kiosk"_s, u"sync"_s, u"--max-age"_s, u"0"_s} + global).exitCode == 2);

    QFile::remove(config);
    const Run missing = cli(QStringList{u"kiosk"_s, u"sync"_s} + global);
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(u"does not exist"_s));
}

TEST_CASE("integreat-desktop --kiosk checks its options and honours a disabled configuration")
{
    QTemporaryDir dir;
    const QString config = dir.filePath(u"kiosk.conf"_s);
    REQUIRE(cli({u"kiosk"_s, u"setup"_s, u"--config"_s, config, u"--region"_s, u"augsburg"_s})
                .exitCode == 0);
    REQUIRE(cli({u"kiosk"_s, u"disable"_s, u"--config"_s, config}).exitCode == 0);
    const auto desktop = [&dir](const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(INTEGREAT_DESKTOP), arguments);
        Run run;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitCode();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    };
    const Run stray = desktop({u"--config"_s, config});
    CHECK(stray.exitCode == 2);
    CHECK(stray.err.contains(u"--kiosk"_s));
    const Run withLink = desktop({u"--kiosk"_s, u"augsburg/de"_s});
    CHECK(withLink.exitCode == 2);
    const Run disabled = desktop({u"--kiosk"_s, u"--config"_s, config, u"--offline"_s,
                                  u"--data-dir"_s, dir.filePath(u"data"_s)});
    CHECK(disabled.exitCode == 0);
    CHECK(disabled.err.contains(u"disabled"_s));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"config"_s))); // no settings written
}
