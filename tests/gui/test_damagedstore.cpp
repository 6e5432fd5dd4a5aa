// Start-up with a damaged store (issue 11): StoreOpener shows "The saved content is damaged"
// with Download again and Quit (answered through the dialog's hook, never a real modal wait);
// Download again moves the file aside and the app goes on with a fresh store that
// StoreOpener::downloadAgain fills through the SyncController.

#include "core/paths/datapaths.h"
#include "core/store/database.h"
#include "core/store/store.h"
#include "corpus.h"
#include "desktop/shell/damagedstoredialog.h"
#include "desktop/shell/storeopener.h"
#include "desktop/sync/synccontroller.h"
#include "firstrunfixture.h"
#include "guifixture.h"
#include "storeaccess.h"
#include "storedamage.h"
#include "testserver.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace integreat;
using namespace integreat::desktop;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {
/// Syncs augsburg/de into `dataDir` and checkpoints the WAL into the file.
void syncAugsburg(const QString &dataDir, const QUrl &server)
{
    {
        SyncController sync(dataDir, server, false);
        sync.setHttpOptions(fastOptions());
        QSignalSpy finished(&sync, &SyncController::finished);
        sync.sync(u"augsburg"_s, {u"de"_s});
        REQUIRE(waitUntil([&] { return finished.size() == 1; }, 60000));
        REQUIRE(finished.at(0).at(0).value<sync::SyncReport>().ok());
    }
    store::Store store(paths::DataPaths(dataDir).storeFile());
    REQUIRE_FALSE(store.pages(u"augsburg"_s, u"de"_s).isEmpty());
    integreat::testing::StoreAccess::database(store).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}

/// Answers every DamagedStoreDialog with `answer` and records what it showed.
struct Answering
{
    explicit Answering(DamagedStoreDialog::Answer answer)
    {
        DamagedStoreDialog::setAnswerHook([this, answer](DamagedStoreDialog &dialog) {
            ++asked;
            text = dialog.text() + u'\n' + dialog.informativeText();
            downloadAgain =
                dialog.downloadAgainButton() ? dialog.downloadAgainButton()->text() : QString();
            quit = dialog.quitButton() ? dialog.quitButton()->text() : QString();
            buttons = int(dialog.buttons().size());
            return answer;
        });
    }
    ~Answering() { DamagedStoreDialog::setAnswerHook({}); }
    Q_DISABLE_COPY_MOVE(Answering)

    int asked = 0;
    int buttons = 0;
    QString text;
    QString downloadAgain;
    QString quit;
};
} // namespace

TEST_CASE("A damaged store at start-up asks – Download again moves it aside and starts afresh",
          "[damagedstore]")
{
    INTEGREAT_REQUIRE_CORPUS();
    TestServer server;
    server.loadCorpus(corpusDir());
    REQUIRE(server.start());
    QTemporaryDir dir;
    const QString path = paths::DataPaths(dir.path()).storeFile();
    syncAugsburg(dir.path(), server.baseUrl());

    const QString how =
        GENERATE(u"truncated"_s, u"garbage header"_s, u"not SQLite"_s, u"directory"_s);
    INFO(how.toStdString());
    REQUIRE(damageStore(path, how));

    {
        const Answering quit(DamagedStoreDialog::Answer::Quit);
        const StoreOpener::Result result = StoreOpener::open(dir.path(), true);
        CHECK(quit.asked == 1);
        CHECK(quit.buttons == 2);
        CHECK(quit.text.contains(u"The saved content is damaged"_s));
        CHECK(quit.text.contains(QDir::toNativeSeparators(path)));
        CHECK(quit.downloadAgain == u"Download again"_s);
        CHECK(quit.quit == u"Quit"_s);
        CHECK_FALSE(result.store);
        CHECK(result.exitCode == 1);
        CHECK(storesMovedAside(dir.path()).isEmpty()); // Quit changes nothing
    }

    const Answering download(DamagedStoreDialog::Answer::DownloadAgain);
    StoreOpener::Result result = StoreOpener::open(dir.path(), true);
    CHECK(download.asked == 1);
    REQUIRE(result.store);
    CHECK(result.store->integrityCheck() == u"ok"_s);
    CHECK(result.store->pages(u"augsburg"_s, u"de"_s).isEmpty());
    CHECK(storesMovedAside(dir.path()).size() == 1);
    CHECK(QFileInfo(result.movedAside).exists());
    CHECK(QFileInfo(path).isFile());

    // What the old file still names is downloaded again; when it names nothing, the first-run
    // flow follows (here: augsburg/de as it would be chosen there).
    QList<store::StoreRescue::Saved> again = result.downloadAgain;
    if (again.isEmpty())
        again = {{u"augsburg"_s, {u"de"_s}}};
    SyncController sync(dir.path(), server.baseUrl(), false);
    sync.setHttpOptions(fastOptions());
    StoreOpener::downloadAgain(sync, again);
    CHECK_FALSE(result.store->pages(u"augsburg"_s, u"de"_s).isEmpty());

    // The next start opens the fresh store without asking.
    result.store.reset();
    const StoreOpener::Result next = StoreOpener::open(dir.path(), true);
    CHECK(next.store);
    CHECK(download.asked == 1);
}

TEST_CASE("Without a display (screenshots) a damaged store ends the start with an error",
          "[damagedstore]")
{
    QTemporaryDir dir;
    const QString path = paths::DataPaths(dir.path()).storeFile();
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("this is not a database, just a text file\n");
    file.close();
    const Answering download(DamagedStoreDialog::Answer::DownloadAgain);
    const StoreOpener::Result result = StoreOpener::open(dir.path(), false);
    CHECK(download.asked == 0);
    CHECK_FALSE(result.store);
    CHECK(result.exitCode == 1);
    CHECK(result.message.contains(u"cannot be opened"_s));
    CHECK(result.message.contains(QDir::toNativeSeparators(path)));
    CHECK(storesMovedAside(dir.path()).isEmpty());
}
