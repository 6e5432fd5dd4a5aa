#pragma once

#include "core/api/endpoints.h"
#include "core/api/httpclient.h"
#include "core/model/region.h"
#include "core/sync/languagefetcher.h"

#include <QList>
#include <QMutex>
#include <QWaitCondition>
#include <chrono>
#include <deque>
#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace integreat::sync {

/// Downloads, parses and sanitizes the lists of several languages of one region at once: up to
/// `connections` worker threads, each with its own HTTP client (so never more than that many
/// requests to the server at a time), each taking the next language when it is done with one.
/// Nothing is written here: the thread that calls next() receives every stage change, byte count
/// and finished language as an Event, in the order they happened, and applies the languages
/// itself (one at a time). Destroying the pool cancels and joins the workers.
class FetchPool final
{
    Q_DISABLE_COPY_MOVE(FetchPool)

public:
    /// Finished languages that may wait for the writer (not counting the one it is applying)
    /// before the workers start no new one: the writes are slower than the downloads on a fast
    /// network, and each waiting language holds its whole content in memory. The one being
    /// applied does not count, so the next languages download while it is saved and the writer
    /// finds one ready when it is done (no pause after every `connections` languages).
    static constexpr int MaxWaiting = 1;
    /// Languages whose parsed content may be in memory at once, the one being applied
    /// included: a worker waits with its downloaded bytes before it parses a language beyond
    /// that. Two keep a parser and the writer busy side by side and bound the peak memory.
    static constexpr int MaxParsed = 2;

    struct Job
    {
        int index = 0; ///< the caller's number for the language (its place in the report)
        model::Language language;
        QHash<model::ListKind, QByteArray> digests; ///< Store::listDigests() of the language
    };

    struct Event
    {
        enum class Kind
        {
            Started,  ///< a worker took the language
            Stage,    ///< `stage` began (items 0) or its list was read (items > 0)
            Bytes,    ///< `bytes` of the current download have arrived
            Finished, ///< `result` holds the language's content or why there is none
        };
        Kind kind = Kind::Stage;
        int index = 0;
        Stage stage = Stage::Pages;
        int items = 0;
        qint64 bytes = 0;
        std::shared_ptr<LanguageFetcher::Result> result; ///< Finished only
    };

    FetchPool(const api::HttpOptions &options, const api::Endpoints &endpoints,
              model::Region region, int connections);
    ~FetchPool();

    /// Starts the workers (at most one per job) on `jobs`, in that order.
    void start(QList<Job> jobs);
    /// The next event; nullopt when `wait` passed without one, or when every worker has ended
    /// and every event was taken (then isDone() is true).
    std::optional<Event> next(std::chrono::milliseconds wait);
    bool isDone() const;
    /// Thread-safe: aborts every running download; languages not started are never started.
    void cancel();
    /// The caller is done with a Finished event's result (in the order they came): a worker
    /// may parse another language (at most MaxParsed).
    void applied();
    /// The jobs no worker took (after cancel()).
    QList<Job> untaken() const;

private:
    void work();
    std::optional<Job> take();
    /// Waits until a language may hold parsed content (MaxParsed); false when cancelled.
    bool acquireParsed();
    void post(Event event);

    const api::HttpOptions m_options;
    const api::Endpoints m_endpoints;
    const model::Region m_region;
    const int m_connections;

    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Job> m_jobs;
    std::deque<Event> m_events;
    QList<api::HttpClient *> m_clients; ///< the workers' clients, for cancel()
    std::vector<std::unique_ptr<QThread>> m_threads;
    int m_running = 0; ///< workers not yet ended
    int m_waiting = 0; ///< Finished events not yet taken by next() (MaxWaiting)
    int m_parsed = 0;  ///< languages holding parsed content (acquireParsed() until applied())
    std::deque<bool> m_finishedParsed; ///< per Finished event not yet applied(): held one
    bool m_cancelled = false;
};

} // namespace integreat::sync
