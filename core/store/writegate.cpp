#include "core/store/writegate.h"

#include <QHash>
#include <chrono>

namespace integreat::store {

namespace {
/// How often a waiting writer asks whether it was cancelled.
constexpr std::chrono::milliseconds kCancelCheckInterval{50};
} // namespace

std::shared_ptr<WriteGate> WriteGate::forFile(const QString &key)
{
    static std::mutex registryMutex;
    static QHash<QString, std::weak_ptr<WriteGate>> registry;
    const std::lock_guard lock(registryMutex);
    std::shared_ptr<WriteGate> gate = registry.value(key).lock();
    if (!gate) {
        registry.removeIf([](const auto &entry) { return entry.value().expired(); });
        gate = std::make_shared<WriteGate>();
        registry.insert(key, gate);
    }
    return gate;
}

bool WriteGate::acquire(const std::function<bool()> &cancelled)
{
    std::unique_lock lock(m_mutex);
    ++m_waiting;
    while (m_held) {
        if (cancelled && cancelled()) {
            --m_waiting;
            return false;
        }
        m_free.wait_for(lock, kCancelCheckInterval);
    }
    --m_waiting;
    m_held = true;
    return true;
}

void WriteGate::release()
{
    {
        const std::lock_guard lock(m_mutex);
        m_held = false;
    }
    m_free.notify_one();
}

int WriteGate::waiting() const
{
    const std::lock_guard lock(m_mutex);
    return m_waiting;
}

} // namespace integreat::store
