#include "core/sync/fetchpool.h"

#include <QDeadlineTimer>
#include <QThread>
#include <algorithm>

namespace integreat::sync {

FetchPool::FetchPool(const api::HttpOptions &options, const api::Endpoints &endpoints,
                     model::Region region, int connections)
    : m_options(options)
    , m_endpoints(endpoints)
    , m_region(std::move(region))
    , m_connections(std::max(1, connections))
{
}

FetchPool::~FetchPool()
{
    cancel();
    for (const auto &thread : m_threads)
        thread->wait();
}

void FetchPool::start(QList<Job> jobs)
{
    const int workers = std::min(m_connections, int(jobs.size()));
    {
        QMutexLocker lock(&m_mutex);
        m_jobs.assign(jobs.begin(), jobs.end());
        m_running = workers;
    }
    for (int i = 0; i < workers; ++i) {
        m_threads.emplace_back(QThread::create([this] { work(); }));
        m_threads.back()->start();
    }
}

void FetchPool::work()
{
    api::HttpClient http(m_options);
    {
        QMutexLocker lock(&m_mutex);
        m_clients << &http;
        if (m_cancelled)
            http.cancel();
    }
    int current = 0;
    // Called in this thread while a download runs: the caller sees it through next().
    QObject::connect(&http, &api::HttpClient::bytesReceived, [this, &current](qint64 bytes) {
        Event event;
        event.kind = Event::Kind::Bytes;
        event.index = current;
        event.bytes = bytes;
        post(std::move(event));
    });
    while (std::optional<Job> job = take()) {
        current = job->index;
        post(Event{Event::Kind::Started, current, Stage::Pages, 0, 0, {}});
        LanguageFetcher fetcher(http, m_endpoints, [this, &current](Stage stage, int items) {
            post(Event{Event::Kind::Stage, current, stage, items, 0, {}});
        });
        bool parsed = false;
        fetcher.setBeforeParse([this, &parsed] {
            if (!parsed)
                parsed = acquireParsed();
            return parsed;
        });
        auto result = std::make_shared<LanguageFetcher::Result>(
            fetcher.fetch(m_region, job->language, job->digests));
        {
            QMutexLocker lock(&m_mutex);
            ++m_waiting;
            m_finishedParsed.push_back(parsed);
            // Posted under the lock, so the Finished events come in m_finishedParsed's order.
            m_events.push_back(
                Event{Event::Kind::Finished, current, Stage::Applying, 0, 0, std::move(result)});
            m_wake.wakeAll();
        }
    }
    QMutexLocker lock(&m_mutex);
    m_clients.removeAll(&http);
    --m_running;
    m_wake.wakeAll();
}

std::optional<FetchPool::Job> FetchPool::take()
{
    QMutexLocker lock(&m_mutex);
    while (!m_cancelled && !m_jobs.empty() && m_waiting >= MaxWaiting)
        m_wake.wait(&m_mutex);
    if (m_cancelled || m_jobs.empty())
        return std::nullopt;
    Job job = std::move(m_jobs.front());
    m_jobs.pop_front();
    return job;
}

bool FetchPool::acquireParsed()
{
    QMutexLocker lock(&m_mutex);
    while (!m_cancelled && m_parsed >= MaxParsed)
        m_wake.wait(&m_mutex);
    if (m_cancelled)
        return false;
    ++m_parsed;
    return true;
}

void FetchPool::post(Event event)
{
    QMutexLocker lock(&m_mutex);
    m_events.push_back(std::move(event));
    m_wake.wakeAll();
}

std::optional<FetchPool::Event> FetchPool::next(std::chrono::milliseconds wait)
{
    QMutexLocker lock(&m_mutex);
    const QDeadlineTimer deadline(wait);
    while (m_events.empty() && m_running > 0) {
        if (!m_wake.wait(&m_mutex, deadline))
            break;
    }
    if (m_events.empty())
        return std::nullopt;
    Event event = std::move(m_events.front());
    m_events.pop_front();
    if (event.kind == Event::Kind::Finished) {
        // The writer takes this language now: a worker may start another one.
        m_waiting = std::max(0, m_waiting - 1);
        m_wake.wakeAll();
    }
    return event;
}

bool FetchPool::isDone() const
{
    QMutexLocker lock(&m_mutex);
    return m_running == 0 && m_events.empty();
}

void FetchPool::cancel()
{
    QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    m_wake.wakeAll();
    for (api::HttpClient *client : std::as_const(m_clients))
        client->cancel();
}

void FetchPool::applied()
{
    QMutexLocker lock(&m_mutex);
    if (!m_finishedParsed.empty()) {
        if (m_finishedParsed.front())
            m_parsed = std::max(0, m_parsed - 1);
        m_finishedParsed.pop_front();
    }
    m_wake.wakeAll();
}

QList<FetchPool::Job> FetchPool::untaken() const
{
    QMutexLocker lock(&m_mutex);
    return QList<Job>(m_jobs.begin(), m_jobs.end());
}

} // namespace integreat::sync
