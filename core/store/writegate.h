#pragma once

#include <QString>
#include <QtGlobal>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace integreat::store {

/// One writer at a time per store file in this process. Every connection to the same file
/// (the sync thread's, the news watcher's, the window's) shares one gate; a write transaction
/// (Transaction::Mode::Immediate) passes it first, so a second writer waits in the gate for as
/// long as the first one writes instead of running into SQLite's busy timeout. Writers in
/// other processes (integreat-cli from cron) are waited for by the connection's busy handler
/// (Database). Thread-safe.
class WriteGate final
{
public:
    WriteGate() = default;
    Q_DISABLE_COPY_MOVE(WriteGate)

    /// The gate of the file `key` (its canonical path), shared while any connection holds it.
    static std::shared_ptr<WriteGate> forFile(const QString &key);

    /// Waits until no other writer holds the gate and takes it. While it waits it asks
    /// `cancelled` (may be empty) now and then; true ends the wait and returns false.
    bool acquire(const std::function<bool()> &cancelled);
    void release();
    /// Writers waiting in acquire() right now.
    int waiting() const;

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_free;
    bool m_held = false;
    int m_waiting = 0;
};

} // namespace integreat::store
