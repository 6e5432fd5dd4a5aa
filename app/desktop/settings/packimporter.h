#pragma once

#include "core/pack/packinstaller.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <atomic>
#include <memory>

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

/// The desktop's content pack import, owned by what outlives the settings (the main window):
/// PackImport::run in the thread pool (runOffGuiThread), one import at a time. Settings → Saved
/// content (PackImportPanel) starts it and shows it; contentImported() tells the window, which
/// shows its open views again in place, also when the settings were closed meanwhile. Destroyed
/// while waiting for a running sync, the import gives up; one under way ends unseen.
class PackImporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackImporter)

public:
    PackImporter(store::Store &store, const QString &dataDir, QObject *parent = nullptr);
    ~PackImporter() override;

    /// The CMS the app syncs from: the base for relative links in the pack's pages.
    void setServer(const QUrl &server) { m_server = server; }
    /// Starts importing `file` (`force`: also languages whose content here is newer); false
    /// (nothing started) while an import runs or without a file.
    bool start(const QString &file, bool force = false);
    bool isRunning() const { return m_running; }
    /// The file of the running or the last import.
    QString file() const { return m_file; }
    /// The last import's result in words (PackImport::resultText), empty while one runs.
    QString resultText() const { return m_resultText; }
    /// The last import skipped languages as older than this computer's: "Import anyway" fits.
    bool skippedOlder() const { return m_skippedOlder; }

signals:
    /// An import started (importFile of the panel, or the window's importPack).
    void started();
    /// An import changed content of `region`: what is shown of it should be read again.
    void contentImported(const QString &region);
    /// An import ended (resultText() holds how), after contentImported().
    void finished();

private:
    store::Store &m_store;
    QString m_dataDir;
    QUrl m_server;
    QString m_file;
    QString m_resultText;
    bool m_skippedOlder = false;
    bool m_running = false;
    /// Ends a wait for a running sync when the importer goes (the app quits).
    std::shared_ptr<std::atomic_bool> m_closing = std::make_shared<std::atomic_bool>(false);
};

} // namespace integreat::desktop
