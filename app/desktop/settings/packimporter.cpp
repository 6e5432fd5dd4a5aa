#include "desktop/settings/packimporter.h"

#include "core/sync/synclock.h"
#include "desktop/common/offguithread.h"
#include "desktop/settings/packimport.h"

namespace integreat::desktop {

PackImporter::PackImporter(store::Store &store, const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_dataDir(dataDir)
{
}

PackImporter::~PackImporter()
{
    m_closing->store(true); // an import still waiting for a sync gives up; one under way ends
}

bool PackImporter::start(const QString &file, bool force)
{
    if (isRunning() || file.isEmpty())
        return false;
    m_file = file;
    m_force = force;
    m_resultText.clear();
    m_skippedOlder = false;
    // A running update is waited for, not interrupted: off the GUI thread, polling, until it
    // ends or this importer goes.
    auto lock = std::make_shared<sync::SyncLock>(m_dataDir);
    if (lock->tryLock()) {
        install(lock);
        return true;
    }
    setState(State::Waiting);
    runOffGuiThread(
        this,
        [lock, closing = m_closing] { return lock->lock([closing] { return closing->load(); }); },
        [this, lock](bool locked) {
            if (locked) {
                install(lock);
                return;
            }
            pack::PackImportResult result; // the lock file cannot be written
            result.error = lock->error();
            finish(result);
        });
    return true;
}

void PackImporter::install(const std::shared_ptr<sync::SyncLock> &lock)
{
    setState(State::Importing);
    runOffGuiThread(
        this,
        [lock, dataDir = m_dataDir, server = m_server, file = m_file, force = m_force] {
            const pack::PackImportResult result = PackImport::install(dataDir, server, file, force);
            lock->unlock(); // here, not when the last copy of `lock` goes
            return result;
        },
        [this](const pack::PackImportResult &result) { finish(result); });
}

void PackImporter::finish(const pack::PackImportResult &result)
{
    m_resultText = PackImport::resultText(result, m_file, m_store);
    m_skippedOlder = result.ok() && !PackImport::skipped(result).isEmpty();
    setState(State::Idle);
    if (result.ok() && result.imported() > 0)
        emit contentImported(result.manifest.region);
    emit finished();
}

void PackImporter::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged();
}

} // namespace integreat::desktop
