#include "desktop/settings/packimporter.h"

#include "core/sync/synclock.h"
#include "desktop/common/offguithread.h"
#include "desktop/settings/packimport.h"

#include <utility>

namespace integreat::desktop {

namespace {
constexpr int RetryMs = 200;
}

PackImporter::PackImporter(store::Store &store, const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_dataDir(dataDir)
{
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, &PackImporter::tryToStart);
}

PackImporter::~PackImporter() = default; // one waiting gives up; one under way ends unseen

bool PackImporter::start(const QString &file, bool force)
{
    if (isRunning() || file.isEmpty())
        return false;
    m_file = file;
    m_force = force;
    m_resultText.clear();
    m_skippedOlder = false;
    // A running update is waited for, not interrupted: tried again on a timer until it ends
    // or this importer goes. What keeps the lock from being taken is told on the first tick.
    m_lock = std::make_shared<sync::SyncLock>(m_dataDir);
    if (m_lock->tryLock()) {
        install(std::exchange(m_lock, nullptr));
    } else {
        setState(State::Waiting);
        m_retry.start();
    }
    return true;
}

void PackImporter::tryToStart()
{
    if (m_lock->tryLock()) {
        m_retry.stop();
        install(std::exchange(m_lock, nullptr));
        return;
    }
    if (!m_lock->isHeldElsewhere()) { // the lock file cannot be written
        m_retry.stop();
        pack::PackImportResult result;
        result.error = m_lock->error();
        m_lock.reset();
        finish(result);
    }
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
