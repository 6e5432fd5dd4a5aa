#pragma once

#include <QtGlobal>
#include <atomic>
#include <functional>
#include <thread>

namespace integreat::cli {

/// Turns SIGINT and SIGTERM into a call on a thread of its own, where they may do what a
/// signal handler may not (print, call SyncEngine::cancel(), which is thread-safe). Create it
/// before any other thread: it blocks both signals in the creating thread, and threads started
/// later inherit that. The signals' default action comes back when it is destroyed.
class InterruptWatcher final
{
    Q_DISABLE_COPY_MOVE(InterruptWatcher)

public:
    explicit InterruptWatcher(std::function<void(int signal)> onSignal);
    ~InterruptWatcher();

    /// The first signal received (SIGINT, SIGTERM), 0 while none.
    int received() const { return m_received.load(); }

private:
    void watch();

    std::function<void(int)> m_onSignal;
    std::atomic<int> m_received{0};
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace integreat::cli
