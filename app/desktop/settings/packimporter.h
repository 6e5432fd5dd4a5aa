#pragma once

#include "core/pack/packinstaller.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace integreat::store {
class Store;
}

namespace integreat::sync {
class SyncLock;
}

namespace integreat::desktop {

/// The desktop's content pack import, owned by what outlives the settings (the main window), one
/// at a time: it takes the data folder's SyncLock (one writer, as for a sync and for
/// integreat-cli pack import), trying again every 200 ms on a timer while an update holds it
/// (no thread is kept waiting), then runs PackImport::install in the thread pool
/// (runOffGuiThread). Settings → Saved
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
    bool isRunning() const { return m_state != State::Idle; }
    enum class State
    {
        Idle,
        Waiting,   ///< for the running update (a sync of this app or of integreat-cli)
        Importing, ///< the pack is read and written
    };
    State state() const { return m_state; }

    /// The file of the running or the last import.
    QString file() const { return m_file; }
    /// The last import's result in words (PackImport::resultText), empty while one runs.
    QString resultText() const { return m_resultText; }
    /// The last import skipped languages as older than this computer's: "Import anyway" fits.
    bool skippedOlder() const { return m_skippedOlder; }

signals:
    /// state() changed: an import waits, runs, or ended (then finished() follows).
    void stateChanged();
    /// An import changed content of `region`: what is shown of it should be read again.
    void contentImported(const QString &region);
    /// An import ended (resultText() holds how), after contentImported().
    void finished();

private:
    void tryToStart();
    void install(const std::shared_ptr<sync::SyncLock> &lock);
    void finish(const pack::PackImportResult &result);
    void setState(State state);

    store::Store &m_store;
    QString m_dataDir;
    QUrl m_server;
    QString m_file;
    bool m_force = false;
    QString m_resultText;
    bool m_skippedOlder = false;
    State m_state = State::Idle;
    /// While waiting: the lock tried again on every tick.
    std::shared_ptr<sync::SyncLock> m_lock;
    QTimer m_retry;
};

} // namespace integreat::desktop
