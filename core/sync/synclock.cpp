#include "core/sync/synclock.h"

#include "core/paths/datapaths.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace integreat::sync {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("integreat::sync::SyncLock", text);
}
constexpr int PollMs = 200;
} // namespace

SyncLock::SyncLock(const QString &dataDir)
    : m_lock(paths::DataPaths(dataDir).syncLockFile())
    , m_path(paths::DataPaths(dataDir).syncLockFile())
{
    // A sync may run for many minutes: only a dead holder makes the lock stale, never its age.
    m_lock.setStaleLockTime(0);
}

SyncLock::~SyncLock() = default;

bool SyncLock::tryLock()
{
    return m_lock.isLocked() || m_lock.tryLock(0);
}

bool SyncLock::lock(const std::function<bool()> &cancelled)
{
    while (!tryLock()) {
        if (m_lock.error() != QLockFile::LockFailedError)
            return false;
        if (cancelled && cancelled())
            return false;
        if (m_lock.tryLock(PollMs))
            return true;
    }
    return true;
}

void SyncLock::unlock()
{
    if (m_lock.isLocked())
        m_lock.unlock();
}

qint64 SyncLock::holderPid() const
{
    qint64 pid = 0;
    QString hostname, appname;
    return m_lock.getLockInfo(&pid, &hostname, &appname) ? pid : 0;
}

QString SyncLock::error() const
{
    switch (m_lock.error()) {
    case QLockFile::NoError:
        return {};
    case QLockFile::LockFailedError: {
        const qint64 pid = holderPid();
        return pid > 0 ? tr("A sync is already running (pid %1).").arg(pid)
                       : tr("A sync is already running.");
    }
    case QLockFile::PermissionError:
        return tr("Cannot create the lock file %1: permission denied.").arg(m_path);
    case QLockFile::UnknownError:
        break;
    }
    return tr("Cannot create the lock file %1 (is the disk full?).").arg(m_path);
}

} // namespace integreat::sync
