#include "cli/interruptwatcher.h"

#include <csignal>
#include <ctime>
#include <pthread.h>

namespace integreat::cli {

namespace {
sigset_t interruptSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    return set;
}
} // namespace

InterruptWatcher::InterruptWatcher(std::function<void(int)> onSignal)
    : m_onSignal(std::move(onSignal))
{
    const sigset_t set = interruptSignals();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    m_thread = std::thread([this] { watch(); });
}

InterruptWatcher::~InterruptWatcher()
{
    m_stop = true;
    m_thread.join();
    // A signal that arrived after the sync ended is still pending: let it act as usual.
    const sigset_t set = interruptSignals();
    pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
}

void InterruptWatcher::watch()
{
    const sigset_t set = interruptSignals();
    const timespec poll{0, 100 * 1000 * 1000};
    while (!m_stop) {
        const int signal = sigtimedwait(&set, nullptr, &poll);
        if (signal <= 0)
            continue;
        int none = 0;
        if (m_received.compare_exchange_strong(none, signal) && m_onSignal)
            m_onSignal(signal);
    }
}

} // namespace integreat::cli
