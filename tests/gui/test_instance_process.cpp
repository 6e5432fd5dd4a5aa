// The real integreat-desktop program: a second start forwards its link to the running one and
// exits 0; a crashed one's socket is taken over; --screenshot runs beside it; --help and
// --version need no display; the desktop entry handles integreat:// links.
#include "core/pack/packexporter.h"
#include "core/paths/datapaths.h"
#include "core/store/store.h"
#include "desktop/firstrun/demopack.h"
#include "desktop/shell/singleinstance.h"
#include "guifixture.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QUrl>
#include <catch2/catch.hpp>
#include <memory>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::waitUntil;

namespace {
constexpr int StartMs = 60000;

/// A data folder with the demo town and private config/runtime folders for the program.
struct ProgramFixture
{
    ProgramFixture()
    {
        REQUIRE(runtime.isValid());
        store::Store store(paths::DataPaths(data.path()).storeFile());
        DemoPack::import(store, data.path(), {}, {u"de"_s});
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"share"_s));
        env.insert(u"INTEGREAT_DEBUG_ROUTE_LOG"_s, routeLog());
        env.remove(u"INTEGREAT_NO_SINGLE_INSTANCE"_s);
        return env;
    }
    QString routeLog() const { return home.filePath(u"routes.log"_s); }
    QStringList routes() const
    {
        QFile log(routeLog());
        if (!log.open(QIODevice::ReadOnly | QIODevice::Text))
            return {};
        return QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }
    QString socketName() const { return SingleInstance::serverName(data.path(), runtime.path()); }

    std::unique_ptr<QProcess> launch(const QStringList &arguments) const
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        process->start(QStringLiteral(INTEGREAT_DESKTOP),
                       QStringList{u"--offline"_s, u"--data-dir"_s, data.path()} + arguments);
        return process;
    }
    /// Runs a start that should end by itself; its exit code (-1: crashed or hung).
    int runToEnd(const QStringList &arguments) const
    {
        const auto process = launch(arguments);
        if (!process->waitForFinished(StartMs)) {
            process->kill();
            process->waitForFinished();
            return -1;
        }
        INFO(process->readAllStandardError().toStdString());
        return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    }
    bool showsRoute(const QString &route) const
    {
        return waitUntil([&] { return routes().contains(route); }, StartMs);
    }

    QTemporaryDir runtime{u"/tmp/ig-ip-XXXXXX"_s};
    QTemporaryDir home;
    QTemporaryDir data;
};

void stop(QProcess &process)
{
    process.kill();
    process.waitForFinished();
}
} // namespace

TEST_CASE("A second start of integreat-desktop opens its link in the running one and exits 0")
{
    ProgramFixture f;
    const auto first = f.launch({});
    // Running: it shows the demo town and listens.
    REQUIRE(waitUntil([&] { return !f.routes().isEmpty() && QFileInfo::exists(f.socketName()); },
                      StartMs));
    CHECK(f.routes().constFirst().startsWith(u"dashboard musterstadt/de"_s));

    CHECK(f.runToEnd({u"--open"_s, u"musterstadt/de/willkommen/die-stadt"_s}) == 0);
    CHECK(f.showsRoute(u"page musterstadt/de /musterstadt/de/willkommen/die-stadt/"_s));
    // The same for a bare https://integreat.app/ link and an integreat:// link.
    CHECK(f.runToEnd({u"https://integreat.app/musterstadt/de/ankommen/"_s}) == 0);
    CHECK(f.showsRoute(u"page musterstadt/de /musterstadt/de/ankommen/"_s));
    CHECK(f.runToEnd({u"integreat://musterstadt/de/ankommen/erste-schritte"_s}) == 0);
    CHECK(f.showsRoute(u"page musterstadt/de /musterstadt/de/ankommen/erste-schritte/"_s));
    // No link: the running one only comes forward.
    const qsizetype shown = f.routes().size();
    CHECK(f.runToEnd({}) == 0);
    CHECK(f.routes().size() == shown);

    // --screenshot is never forwarded: it renders on its own beside the running app.
    const QString png = f.home.filePath(u"shot.png"_s);
    CHECK(f.runToEnd({u"--screenshot"_s, png}) == 0);
    CHECK(QFileInfo(png).size() > 0);
    CHECK(first->state() == QProcess::Running);

    // A crash leaves the socket behind; the next start takes it over and runs itself.
    stop(*first);
    REQUIRE(QFileInfo::exists(f.socketName()));
    const auto next = f.launch({u"musterstadt/de/willkommen"_s});
    CHECK(f.showsRoute(u"page musterstadt/de /musterstadt/de/willkommen/"_s));
    CHECK(next->state() == QProcess::Running);
    CHECK(f.runToEnd({u"--open"_s, u"musterstadt/de/ankommen/wohnsitz-anmelden"_s}) == 0);
    CHECK(f.showsRoute(u"page musterstadt/de /musterstadt/de/ankommen/wohnsitz-anmelden/"_s));
    stop(*next);
}

TEST_CASE("A content pack file given to a second start is imported by the running one")
{
    ProgramFixture f;
    // A pack of the demo town in English; the running app has it in German only.
    QTemporaryDir other;
    QTemporaryDir packs;
    const QString file = packs.filePath(u"musterstadt.integreat-pack"_s);
    {
        store::Store store(paths::DataPaths(other.path()).storeFile());
        DemoPack::import(store, other.path(), {}, {u"en"_s});
        pack::PackExporter exporter(store, other.path());
        const pack::PackExportResult exported =
            exporter.exportPack(DemoPack::regionSlug(), {}, file);
        INFO(exported.error.toStdString());
        REQUIRE(exported.ok());
    }
    const auto first = f.launch({});
    REQUIRE(waitUntil([&] { return !f.routes().isEmpty() && QFileInfo::exists(f.socketName()); },
                      StartMs));
    store::Store store(paths::DataPaths(f.data.path()).storeFile());
    const model::ContentKey english{DemoPack::regionSlug(), u"en"_s};
    REQUIRE_FALSE(store.lastSync(english).isValid());

    // As a file manager opens it through the desktop entry (%u): a file:// URL.
    CHECK(f.runToEnd({QUrl::fromLocalFile(file).toString()}) == 0);
    CHECK(waitUntil([&] { return store.lastSync(english).isValid(); }, StartMs));
    CHECK(!store.pages(DemoPack::regionSlug(), u"en"_s).isEmpty());
    CHECK(first->state() == QProcess::Running);
    stop(*first);
}

TEST_CASE("A second start during the first-run flow is answered too")
{
    ProgramFixture f;
    QTemporaryDir empty; // nothing saved: the running one shows the first-run flow
    auto first = std::make_unique<QProcess>();
    first->setProcessEnvironment(f.environment());
    first->start(QStringLiteral(INTEGREAT_DESKTOP),
                 {u"--offline"_s, u"--data-dir"_s, empty.path()});
    const QString name = SingleInstance::serverName(empty.path(), f.runtime.path());
    REQUIRE(waitUntil([&] { return QFileInfo::exists(name); }, StartMs));

    QProcess second;
    second.setProcessEnvironment(f.environment());
    second.start(QStringLiteral(INTEGREAT_DESKTOP),
                 {u"--offline"_s, u"--data-dir"_s, empty.path(), u"musterstadt/de"_s});
    REQUIRE(second.waitForFinished(StartMs));
    CHECK(second.exitStatus() == QProcess::NormalExit);
    CHECK(second.exitCode() == 0);
    CHECK(first->state() == QProcess::Running);
    CHECK(f.routes().isEmpty()); // no window yet: the link waits for the first run to end
    stop(*first);
}

TEST_CASE("--help and --version answer without a display")
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        env.remove(name);
    const auto run = [&env](const QString &option) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(INTEGREAT_DESKTOP), {option});
        REQUIRE(process.waitForFinished(StartMs));
        INFO(process.readAllStandardError().toStdString());
        CHECK(process.exitStatus() == QProcess::NormalExit);
        CHECK(process.exitCode() == 0);
        return QString::fromLocal8Bit(process.readAllStandardOutput());
    };
    const QString help = run(u"--help"_s);
    CHECK(help.contains(u"--open"_s));
    CHECK(help.contains(u"--data-dir"_s));
    CHECK(help.contains(u"integreat-desktop"_s)); // the usage line names the program
    CHECK(run(u"--version"_s)
              .startsWith(u"integreat-desktop "_s + QStringLiteral(INTEGREAT_VERSION)));
}

TEST_CASE("The desktop entry opens integreat:// links with the program")
{
    QFile entry(QStringLiteral(INTEGREAT_DESKTOP_ENTRY));
    REQUIRE(entry.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(entry.readAll()).split(u'\n');
    // integreat:// links and content pack files (packaging/….mime.xml).
    CHECK(lines.contains(u"MimeType=x-scheme-handler/integreat;application/x-integreat-pack;"_s));
    CHECK(lines.contains(u"Exec=integreat-desktop %u"_s));
}
