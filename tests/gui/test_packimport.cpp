// Content packs on the desktop (issue 16): Settings → Saved content → Import content pack…,
// the result in words (imported, skipped as older with "Import anyway", refused), the open
// window shown again in place (also when the settings were closed before the import ended), and
// the command line's pack file (also handed to a running app).
#include "core/pack/packexporter.h"
#include "core/paths/datapaths.h"
#include "core/store/store.h"
#include "core/sync/synclock.h"
#include "desktop/common/statusloader.h"
#include "desktop/mainwindow/mainwindow.h"
#include "desktop/settings/packimporter.h"
#include "desktop/settings/packimportpanel.h"
#include "desktop/settings/settingsdialog.h"
#include "desktop/settings/storagepanel.h"
#include "desktop/shell/commandline.h"
#include "desktop/shell/singleinstance.h"
#include "guifixture.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <catch2/catch.hpp>
#include <future>

using namespace Qt::StringLiterals;
using namespace integreat;
using namespace integreat::desktop;
using integreat::testing::GuiFixture;
using integreat::testing::waitUntil;

namespace {
/// augsburg as the fixture's store holds it, written as a content pack into `folder`.
QString exportPack(GuiFixture &f, const QTemporaryDir &folder,
                   const QString &name = u"augsburg.integreat-pack"_s)
{
    const QString file = folder.filePath(name);
    pack::PackExporter exporter(*f.store, f.dataDir());
    exporter.setServer(f.server.baseUrl());
    const pack::PackExportResult result = exporter.exportPack(u"augsburg"_s, {}, file);
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    return file;
}

/// Every page title of (augsburg, de) and the language's last sync: what a refused pack leaves.
QString snapshot(store::Store &store)
{
    QString text = store.lastSync({u"augsburg"_s, u"de"_s}).toString(Qt::ISODateWithMs);
    for (const model::Page &page : store.pages(u"augsburg"_s, u"de"_s))
        text += u'\n' + page.path + u'|' + page.title + u'|' + page.lastUpdated.toString();
    return text;
}

bool importEnds(PackImportPanel &panel)
{
    return waitUntil([&] { return !panel.isRunning(); }, 60000);
}
// Gives this computer newer content than a pack made before: the first tile of the dashboard
// is renamed "Neuer Titel" (shown in the window); returns its former title.
QString renameFirstTile(GuiFixture &f)
{
    const QString original = f.tileTitles().value(0);
    REQUIRE_FALSE(original.isEmpty());
    store::LanguageContent content = f.storedPages();
    for (model::Page &page : content.pages) {
        if (page.title == original) {
            page.title = u"Neuer Titel"_s;
            page.lastUpdated = QDateTime::currentDateTimeUtc();
        }
    }
    f.store->applyLanguage(content);
    f.window().applySettings(); // shows everything again
    REQUIRE(f.tileTitles().contains(u"Neuer Titel"_s));
    return original;
}
/// A second computer with nothing on it: its own data folder and store, and Settings → Saved
/// content shown on it (links in imported pages resolve against the test server).
struct EmptyComputer
{
    explicit EmptyComputer(GuiFixture &f)
        : store(paths::DataPaths(folder.path()).storeFile())
        , panel(store, folder.path())
    {
        panel.packImport()->setServer(f.server.baseUrl());
        panel.show();
    }
    Q_DISABLE_COPY_MOVE(EmptyComputer)

    QTemporaryDir folder;
    store::Store store;
    StoragePanel panel;
};
} // namespace

TEST_CASE("Settings import a content pack into an empty computer: the town is there")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    QTemporaryDir packs;
    const QString file = exportPack(f, packs);

    EmptyComputer empty(f);
    store::Store &store = empty.store;
    StoragePanel &panel = empty.panel;
    REQUIRE(waitUntil([&] { return !panel.usageText().isEmpty(); }));
    CHECK(panel.regionNames().isEmpty());
    PackImportPanel &import = *panel.packImport();
    QSignalSpy imported(&import.importer(), &PackImporter::contentImported);
    CHECK(import.chooseButton()->text() == u"Import content pack…"_s);
    import.importFile(file);
    // Busy while it runs off the GUI thread: a busy bar, the button disabled.
    CHECK(import.isRunning());
    CHECK_FALSE(import.chooseButton()->isEnabled());
    CHECK(import.findChild<QProgressBar *>()->isVisible());
    REQUIRE(importEnds(import));
    CHECK(import.chooseButton()->isEnabled());
    CHECK_FALSE(import.findChild<QProgressBar *>()->isVisible());

    INFO(import.resultText().toStdString());
    const QString regionName = f.store->region(u"augsburg"_s)->name;
    CHECK(import.resultText() ==
          u"Imported from the content pack: %1 in Deutsch."_s.arg(regionName));
    CHECK_FALSE(import.importAnywayButton()->isVisible());
    REQUIRE(imported.size() == 1);
    CHECK(imported.at(0).at(0).toString() == u"augsburg"_s);
    CHECK(store.pages(u"augsburg"_s, u"de"_s).size() ==
          f.store->pages(u"augsburg"_s, u"de"_s).size());
    CHECK(store.lastSync({u"augsburg"_s, u"de"_s}) == f.store->lastSync({u"augsburg"_s, u"de"_s}));
    // The saved towns are counted again: the new one is listed.
    CHECK(waitUntil([&] { return panel.regionNames().contains(regionName); }));
}

TEST_CASE("A truncated content pack is refused in words and changes nothing")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    QTemporaryDir packs;
    QFile whole(exportPack(f, packs));
    REQUIRE(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    const QString cut = packs.filePath(u"cut.integreat-pack"_s);
    QFile cutFile(cut);
    REQUIRE(cutFile.open(QIODevice::WriteOnly));
    cutFile.write(bytes.left(bytes.size() / 2));
    cutFile.close();
    const QString before = snapshot(*f.store);

    StoragePanel panel(*f.store, f.dataDir());
    PackImportPanel &import = *panel.packImport();
    QSignalSpy imported(&import.importer(), &PackImporter::contentImported);
    import.importFile(cut, true); // even forced
    REQUIRE(importEnds(import));
    INFO(import.resultText().toStdString());
    CHECK(import.resultText() ==
          u"The content pack \u2066cut.integreat-pack\u2069 was not imported: The pack ends early "
          "(it was cut short while copying?). Nothing on this computer was changed."_s);
    CHECK(import.importAnywayButton()->isHidden());
    CHECK(imported.isEmpty());
    CHECK(snapshot(*f.store) == before);
}

TEST_CASE("An older pack opened on the command line is skipped, Import anyway imports it, "
          "and the window shows it in place")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    QTemporaryDir packs;
    const QString older = exportPack(f, packs, u"older.integreat-pack"_s);
    // This computer then gets newer content: a tile of the dashboard renamed.
    const QString original = renameFirstTile(f);
    const QDateTime newer = f.store->lastSync({u"augsburg"_s, u"de"_s});

    // What `integreat-desktop older.integreat-pack` does: Settings open and import it.
    QString skipped, skippedTiles, forced;
    bool offered = false;
    bool resultInView = false;
    bool focusKept = false;
    QStringList tilesAfter;
    QTimer::singleShot(0, &f.window(), [&] {
        auto *dialog = f.window().findChild<SettingsDialog *>();
        if (!dialog)
            return;
        PackImportPanel &import = *dialog->storage()->packImport();
        if (importEnds(import)) {
            skipped = import.resultText();
            // The settings open at their top; the result is scrolled into view.
            resultInView =
                waitUntil([&] { return import.visibleRegion() == QRegion(import.rect()); });
            skippedTiles = f.tileTitles().join(u'|');
            offered = import.importAnywayButton()->isVisible();
            import.importAnywayButton()->setFocus();
            import.importAnywayButton()->click();
            if (importEnds(import)) {
                forced = import.resultText();
                // The clicked button went away: the focus is on Import content pack…, not
                // somewhere else in the settings.
                focusKept = import.chooseButton()->hasFocus();
                tilesAfter = f.tileTitles();
            }
        }
        dialog->accept();
    });
    f.window().importPack(older);

    const QString regionName = f.store->region(u"augsburg"_s)->name;
    INFO(skipped.toStdString());
    CHECK(skipped ==
          u"Not imported, because this computer has newer content of %1 in Deutsch. "
          "“Import anyway” replaces it with the older content of the pack."_s.arg(regionName));
    CHECK(offered);
    CHECK(resultInView);
    CHECK(focusKept);
    CHECK(skippedTiles.contains(u"Neuer Titel"_s));
    INFO(forced.toStdString());
    CHECK(forced == u"Imported from the content pack: %1 in Deutsch."_s.arg(regionName));
    // The open dashboard was shown again with the pack's content, without navigating.
    CHECK(tilesAfter.contains(original));
    CHECK_FALSE(tilesAfter.contains(u"Neuer Titel"_s));
    CHECK(f.store->lastSync({u"augsburg"_s, u"de"_s}) < newer);
}

TEST_CASE("While a sync holds the data folder the import says it waits, then that it imports")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    QTemporaryDir packs;
    const QString file = exportPack(f, packs);
    EmptyComputer empty(f);
    store::Store &store = empty.store;
    StoragePanel &panel = empty.panel;
    PackImportPanel &import = *panel.packImport();
    const QLabel *status = import.findChild<QLabel *>(u"PackImportResult"_s);
    REQUIRE(status);
    // What the line says at each step of the import.
    QStringList said;
    QObject::connect(&import.importer(), &PackImporter::stateChanged, &panel, [&] {
        if (import.isRunning())
            said << status->text();
    });
    QObject::connect(&import.importer(), &PackImporter::finished, &panel,
                     [&] { said << status->text(); });

    auto running = std::make_unique<sync::SyncLock>(empty.folder.path());
    REQUIRE(running->tryLock());
    import.importFile(file);
    CHECK(import.isRunning());
    CHECK(import.importer().state() == PackImporter::State::Waiting);
    CHECK(status->text() == u"Waiting for the running update to finish…"_s);
    CHECK(import.findChild<QProgressBar *>()->isVisible());
    CHECK_FALSE(import.chooseButton()->isEnabled());
    CHECK(store.regions().isEmpty());
    // Waiting keeps no thread of the pool busy (the sync's writer and parsers use them).
    CHECK(waitUntil([] { return QThreadPool::globalInstance()->activeThreadCount() == 0; }, 2000));
    CHECK(import.importer().state() == PackImporter::State::Waiting);

    running.reset(); // the sync ends
    REQUIRE(importEnds(import));
    const QString regionName = f.store->region(u"augsburg"_s)->name;
    CHECK(said == QStringList{u"Waiting for the running update to finish…"_s,
                              u"Importing the content pack…"_s,
                              u"Imported from the content pack: %1 in Deutsch."_s.arg(regionName)});
    // Without a sync running it says at once that it imports.
    said.clear();
    import.importFile(file, true);
    CHECK(status->text() == u"Importing the content pack…"_s);
    REQUIRE(importEnds(import));
    CHECK(said.value(0) == u"Importing the content pack…"_s);
}

TEST_CASE("Settings closed while an import waits for a sync: the window shows the pack's content "
          "when the import ends")
{
    INTEGREAT_REQUIRE_CORPUS();
    GuiFixture f({u"de"_s});
    QTemporaryDir packs;
    const QString older = exportPack(f, packs, u"older.integreat-pack"_s);
    const QString original = renameFirstTile(f);

    // A sync holds the data folder: the import waits for it, and the settings are closed.
    auto running = std::make_unique<sync::SyncLock>(f.dataDir());
    REQUIRE(running->tryLock());
    bool started = false;
    QTimer::singleShot(0, &f.window(), [&] {
        auto *dialog = f.window().findChild<SettingsDialog *>();
        if (!dialog)
            return;
        PackImportPanel &import = *dialog->storage()->packImport();
        import.importFile(older, true);
        started = import.isRunning();
        dialog->reject();
    });
    QAction *settings = f.menuAction(u"Settings…"_s);
    REQUIRE(settings);
    settings->trigger();
    REQUIRE(started);
    REQUIRE_FALSE(f.window().findChild<SettingsDialog *>());
    PackImporter &importer = *f.window().packImporter();
    CHECK(importer.isRunning());
    CHECK(f.tileTitles().contains(u"Neuer Titel"_s));

    // The sync ends; so does the import, and the open dashboard shows it without navigating.
    running.reset();
    REQUIRE(waitUntil([&] { return !importer.isRunning(); }, 60000));
    INFO(importer.resultText().toStdString());
    CHECK(importer.resultText().startsWith(u"Imported from the content pack:"_s));
    const QStringList tiles = f.tileTitles();
    CHECK(tiles.contains(original));
    CHECK_FALSE(tiles.contains(u"Neuer Titel"_s));
}

TEST_CASE("A content pack file on the command line is imported, also by the running app")
{
    const auto parse = [](const QStringList &arguments) {
        return CommandLine::parse(QStringList{u"integreat-desktop"_s} + arguments);
    };
    QTemporaryDir dir;
    const QString pack = dir.filePath(u"Augsburg.integreat-pack"_s);
    CHECK(parse({pack}).importPack == pack);
    CHECK(parse({pack}).openLink.isEmpty());
    CHECK(parse({u"--import-pack"_s, pack}).importPack == pack);
    // A file manager's URL (the desktop entry's %u) and a relative path: an absolute path.
    CHECK(parse({QUrl::fromLocalFile(pack).toString()}).importPack == pack);
    CHECK(parse({u"x.INTEGREAT-PACK"_s}).importPack ==
          QDir::current().absoluteFilePath(u"x.INTEGREAT-PACK"_s));
    // A link stays a link, beside a pack too.
    const CommandLine both = parse({u"--import-pack"_s, pack, u"augsburg/de"_s});
    CHECK(both.outcome == CommandLine::Outcome::Run);
    CHECK(both.openLink == u"augsburg/de"_s);
    CHECK(parse({u"augsburg/de"_s}).importPack.isEmpty());
    CHECK(parse({u"--import-pack"_s, pack, pack}).outcome == CommandLine::Outcome::Error);
    CHECK(parse({u"--kiosk"_s, pack}).outcome == CommandLine::Outcome::Error);

    // A second start hands the pack to the running one.
    QTemporaryDir runtime(u"/tmp/ig-pk-XXXXXX"_s);
    QTemporaryDir data;
    SingleInstance first(data.path(), runtime.path());
    REQUIRE(first.start({}) == SingleInstance::Role::Primary);
    QSignalSpy imports(&first, &SingleInstance::importRequested);
    QSignalSpy links(&first, &SingleInstance::activationRequested);
    std::future<SingleInstance::Role> second =
        std::async(std::launch::async, [&, name = data.path(), folder = runtime.path()] {
            SingleInstance again(name, folder);
            return again.start(u"augsburg/de"_s, pack);
        });
    REQUIRE(waitUntil([&] { return imports.size() == 1 && links.size() == 1; }));
    CHECK(second.get() == SingleInstance::Role::Forwarded);
    CHECK(imports.at(0).at(0).toString() == pack);
    CHECK(links.at(0).at(0).toString() == u"augsburg/de"_s);
    // Only an absolute path is a pack to import.
    std::future<SingleInstance::Delivery> relative = std::async(std::launch::async, [&] {
        return SingleInstance::sendImport(first.name(), u"x.integreat-pack"_s);
    });
    REQUIRE(waitUntil(
        [&] { return relative.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }));
    CHECK(relative.get() == SingleInstance::Delivery::Rejected);
    CHECK(imports.size() == 1);
}
