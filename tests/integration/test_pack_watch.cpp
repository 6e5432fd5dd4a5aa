// integreat-cli pack import --watch DIR: a fleet PC picks up a pack dropped into a shared folder.
#include "core/sync/synclock.h"
#include "packfixture.h"

#include <QDeadlineTimer>
#include <QProcess>

using namespace integreat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

/// Reads the process's output until `text` shows up in it or the deadline passes.
bool waitFor(QProcess &process, QString &seen, QProcess::ProcessChannel channel,
             const QString &text, const QDeadlineTimer &deadline)
{
    while (!seen.contains(text) && !deadline.hasExpired() && process.state() == QProcess::Running) {
        process.setReadChannel(channel);
        process.waitForReadyRead(200);
        seen +=
            QString::fromUtf8(channel == QProcess::StandardOutput ? process.readAllStandardOutput()
                                                                  : process.readAllStandardError());
    }
    return seen.contains(text);
}

} // namespace

TEST_CASE("pack import --watch imports a pack dropped into the folder (after a running sync) and "
          "stops on SIGTERM")
{
    INTEGREAT_REQUIRE_CORPUS();
    PackFixture f;
    const QString pack = f.exportPack();
    QTemporaryDir share;

    QProcess watcher;
    watcher.start(QStringLiteral(INTEGREAT_CLI),
                  f.globalB() + QStringList{u"pack"_s, u"import"_s, u"--watch"_s, share.path()});
    REQUIRE(watcher.waitForStarted());
    QString out, err;
    const QDeadlineTimer deadline(60000);
    REQUIRE(waitFor(watcher, err, QProcess::StandardError, u"Watching"_s, deadline));

    // A sync holds B's data folder: the pack waits for it, then comes in.
    sync::SyncLock sync(f.dirB.path());
    REQUIRE(sync.tryLock());
    // Dropped the way a copy to a share ends: written under another name, then renamed.
    const QString partial = share.filePath(u"augsburg.part"_s);
    REQUIRE(QFile::copy(pack, partial));
    REQUIRE(QFile::rename(partial, share.filePath(u"augsburg.integreat-pack"_s)));
    REQUIRE(waitFor(watcher, err, QProcess::StandardError, u"already running"_s, deadline));
    sync.unlock();
    INFO(err.toStdString());
    REQUIRE(waitFor(watcher, out, QProcess::StandardOutput, u"ar: imported"_s, deadline));
    CHECK(out.contains(u"de: imported"_s));

    watcher.terminate(); // SIGTERM
    REQUIRE(watcher.waitForFinished(30000));
    err += QString::fromUtf8(watcher.readAllStandardError());
    CHECK(watcher.exitStatus() == QProcess::NormalExit);
    CHECK(watcher.exitCode() == 0);
    CHECK(err.contains(u"SIGTERM received: stopped watching"_s));

    const QJsonObject statusA = PackFixture::comparableStatus(f.run({u"status"_s, u"--json"_s}));
    const QJsonObject statusB = PackFixture::comparableStatus(f.runB({u"status"_s, u"--json"_s}));
    CHECK(statusA == statusB);
}
