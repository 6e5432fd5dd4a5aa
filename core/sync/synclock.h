#pragma once

#include <QLockFile>
#include <QString>
#include <functional>

namespace integreat::sync {

/// One writer per data folder (issue 11): whoever syncs (integreat-cli sync, the app's sync
/// worker) holds `<dataDir>/sync.lock` for the whole sync, so two syncs never write the store
/// or the resource cache at once. A lock left by a process that died is taken over.
class SyncLock final
{
    Q_DISABLE_COPY_MOVE(SyncLock)

public:
    explicit SyncLock(const QString &dataDir);
    ~SyncLock(); ///< releases the lock if held

    /// Takes the lock without waiting; false when another process (or another SyncLock of this
    /// one) holds it, or the folder cannot hold a lock file (see error()).
    bool tryLock();
    /// Waits until the lock is free, polling; gives up (false) when `cancelled` returns true.
    bool lock(const std::function<bool()> &cancelled);
    void unlock();
    bool isLocked() const { return m_lock.isLocked(); }

    /// After a failed try: true when another holder has the lock (not a lock file problem).
    bool isHeldElsewhere() const { return m_lock.error() == QLockFile::LockFailedError; }
    /// After a failed try: the holder's process id, 0 when unknown.
    qint64 holderPid() const;
    /// After a failed try, in the user's language: "A sync is already running (pid 1234)." or
    /// why the lock file could not be written.
    QString error() const;

private:
    QLockFile m_lock;
    QString m_path;
};

} // namespace integreat::sync
