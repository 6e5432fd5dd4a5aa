#pragma once

#include "core/api/endpoints.h"
#include "core/model/region.h"
#include "core/sync/fetchpool.h"
#include "core/sync/resourcesync.h"
#include "core/sync/syncreport.h"

#include <QObject>
#include <functional>

namespace integreat::api {
class HttpClient;
}
namespace integreat::store {
class Store;
}

namespace integreat::sync {

/// Brings a region's content into the store: the lists of all requested languages download at
/// once over at most connections() connections (FetchPool), and each language is applied in one
/// transaction as soon as its lists are complete, one language at a time; a failed or cancelled
/// language leaves its previous content whole. Blocking: the GUI runs it in a worker thread with
/// its own Store.
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    SyncEngine(store::Store &store, api::HttpClient &http, const QUrl &server,
               QObject *parent = nullptr);

    struct RegionList
    {
        QList<model::Region> regions;
        QString error;
    };
    /// Downloads the list of regions (live and hidden) and remembers it in the store.
    RegionList fetchRegions();

    /// Syncs `languages` of `region` (empty: every language the region offers).
    SyncReport run(const QString &region, const QStringList &languages = {});

    static constexpr int DefaultConnections = 4;
    /// Requests to the server at once (lists of several languages, resources); at least 1.
    void setConnections(int connections) { m_connections = std::max(1, connections); }
    int connections() const { return m_connections; }

    /// Thread-safe: stops the running download; nothing of the current language is written.
    void cancel();
    /// Called inside the write transaction just before it commits (fault-injection tests).
    void setBeforeCommit(std::function<void()> hook) { m_beforeCommit = std::move(hook); }

    /// A pages list that would remove more than half of a language's stored pages (or all of
    /// them) is refused unless this is set (the user confirmed it). Off by default.
    void setAllowMassRemoval(bool allow) { m_allowMassRemoval = allow; }

    /// The resource pass (images, PDFs, icons; see ResourceSync) runs after the languages of
    /// run() when `options.directory` is set and at least one language synced. Off by default.
    void setResourceOptions(const ResourceOptions &options) { m_resources = options; }
    const ResourceOptions &resourceOptions() const { return m_resources; }
    /// Shorthand: sets only the folder of the resource options; empty turns the pass off.
    void setResourceDir(const QString &directory) { m_resources.directory = directory; }

signals:
    void progress(const integreat::sync::Progress &progress);
    /// During the resource pass.
    void resourceProgress(const integreat::sync::ResourceProgress &progress);

private:
    /// Fills in the languages of a region from `{R}/languages/`; returns an error or "".
    QString fetchLanguages(model::Region &region);
    /// Downloads the languages concurrently (FetchPool) and applies each as it is complete.
    QList<LanguageOutcome> fetchAndApply(const model::Region &region,
                                         const QList<model::Language> &wanted, Progress &state);
    /// Marks the languages no worker started as cancelled.
    static void markUntaken(QList<LanguageOutcome> &outcomes, const QList<FetchPool::Job> &untaken);
    /// The plausibility checks, then one write transaction (or a recorded failure).
    LanguageOutcome applyFetched(const model::Region &region, const model::Language &language,
                                 LanguageFetcher::Result fetched);
    ResourceOutcome syncResources(const QString &region);

    store::Store &m_store;
    api::HttpClient &m_http;
    api::Endpoints m_endpoints;
    std::function<void()> m_beforeCommit;
    ResourceOptions m_resources;
    int m_connections = DefaultConnections;
    bool m_allowMassRemoval = false;
};

} // namespace integreat::sync
