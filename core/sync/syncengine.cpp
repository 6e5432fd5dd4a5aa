#include "core/sync/syncengine.h"

#include "core/api/httpclient.h"
#include "core/api/mappers.h"
#include "core/store/store.h"
#include "core/sync/languagefetcher.h"
#include "core/sync/listcheck.h"
#include "core/sync/writefailure.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace integreat::sync {

namespace {
/// How often the wait for the workers runs this thread's events (timers, queued calls) and
/// looks whether the HTTP client was cancelled, as the blocking downloads did before.
constexpr std::chrono::milliseconds EventPoll{20};

/// The translation context of this file's free functions (lupdate reads it from the macro).
class SyncEngineText
{
    Q_DECLARE_TR_FUNCTIONS(integreat::sync::SyncEngine)
};
} // namespace

QString stageText(Stage stage)
{
    switch (stage) {
    case Stage::Regions:
        return SyncEngineText::tr("loading the list of regions");
    case Stage::Applying:
        return SyncEngineText::tr("saving");
    case Stage::Done:
        return SyncEngineText::tr("done");
    default:
        return SyncEngineText::tr("downloading %1").arg(listName(stage));
    }
}

namespace {
// The workers' allocations are freed here, in another thread: give the pages back to the
// system between languages so the peak does not grow with every language (glibc keeps them).
void releaseMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

// glibc gives each new thread its own heap ("arena", up to 8 per core): every worker's language
// then leaves its own half-empty heap behind. Two arenas for the process took the peak of a
// 4-connection metropolis sync from about 400 to about 270 MB at the same speed.
void shareHeaps()
{
#ifdef __GLIBC__
    static const bool once = [] {
        return mallopt(M_ARENA_MAX, 2) == 1;
    }();
    Q_UNUSED(once)
#endif
}
} // namespace

SyncEngine::SyncEngine(store::Store &store, api::HttpClient &http, const QUrl &server,
                       QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_http(http)
    , m_endpoints(server)
{
}

void SyncEngine::cancel()
{
    m_http.cancel();
}

SyncEngine::RegionList SyncEngine::fetchRegions()
{
    RegionList out;
    const api::HttpResult reply = m_http.get(m_endpoints.regions());
    if (!reply.ok()) {
        out.error = SyncEngineText::tr("Could not load the list of regions from %1: %2")
                        .arg(m_endpoints.server().host(), reply.error);
        return out;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        out.error = SyncEngineText::tr("The server sent a damaged list of regions (%1 at byte %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset);
        return out;
    }
    auto mapped = api::mapRegions(document);
    if (!mapped.ok()) {
        out.error =
            SyncEngineText::tr("The list of regions could not be read: %1").arg(mapped.error);
        return out;
    }
    out.regions = std::move(mapped.items);
    try {
        m_store.saveRegions(out.regions);
    } catch (const store::StoreError &error) {
        out.error = SyncEngineText::tr("Could not save the list of regions: %1")
                        .arg(QString::fromUtf8(error.what()));
    }
    return out;
}

QString SyncEngine::fetchLanguages(model::Region &region)
{
    const api::HttpResult reply = m_http.get(m_endpoints.languages(region.slug));
    if (!reply.ok())
        return SyncEngineText::tr("Could not load the languages of %1: %2")
            .arg(region.name, reply.error);
    const auto mapped = api::mapLanguages(QJsonDocument::fromJson(reply.body));
    if (!mapped.ok() || mapped.items.isEmpty())
        return SyncEngineText::tr("The server lists no languages for %1.").arg(region.name);
    region.languages = mapped.items;
    try {
        m_store.saveRegions({region});
    } catch (const store::StoreError &error) {
        return SyncEngineText::tr("Could not save the list of regions: %1").arg(error.message());
    }
    return {};
}

SyncReport SyncEngine::run(const QString &regionSlug, const QStringList &languages)
{
    SyncReport report;
    report.region = regionSlug;
    Progress state;
    emit progress(state);

    const RegionList list = fetchRegions();
    if (!list.error.isEmpty()) {
        report.error = list.error;
        report.cancelled = m_http.isCancelled();
        return report;
    }
    const auto found = std::find_if(list.regions.cbegin(), list.regions.cend(), [&](const auto &r) {
        return r.slug.compare(regionSlug, Qt::CaseInsensitive) == 0;
    });
    if (found == list.regions.cend()) {
        report.error = SyncEngineText::tr("There is no region “%1” on the server.").arg(regionSlug);
        return report;
    }
    model::Region region = *found;
    report.region = region.slug;
    if (region.languages.isEmpty()) {
        // Older region lists carry no languages: ask the region's own language list.
        const QString error = fetchLanguages(region);
        if (!error.isEmpty()) {
            report.error = error;
            report.cancelled = m_http.isCancelled();
            return report;
        }
    }

    QList<model::Language> wanted;
    QStringList unknown;
    if (languages.isEmpty()) {
        wanted = region.languages;
    } else {
        for (const QString &code : languages) {
            const auto it = std::find_if(region.languages.cbegin(), region.languages.cend(),
                                         [&](const auto &l) { return l.code == code; });
            if (it != region.languages.cend())
                wanted << *it;
            else
                unknown << code;
        }
    }

    report.languages = fetchAndApply(region, wanted, state);
    QStringList offered;
    for (const model::Language &language : region.languages)
        offered << language.code;
    for (const QString &code : std::as_const(unknown)) {
        LanguageOutcome outcome;
        outcome.code = code;
        outcome.error = SyncEngineText::tr("%1 offers no language “%2” (it offers: %3).")
                            .arg(region.name, code, offered.join(u", "_s));
        report.languages << outcome;
    }
    const bool anySynced = std::any_of(report.languages.cbegin(), report.languages.cend(),
                                       [](const LanguageOutcome &outcome) { return outcome.ok; });
    if (!m_resources.directory.isEmpty() && anySynced && !m_http.isCancelled())
        report.resources = syncResources(region.slug);
    if (m_http.isCancelled())
        report.cancelled = true;
    state.stage = Stage::Done;
    emit progress(state);
    return report;
}

ResourceOutcome SyncEngine::syncResources(const QString &region)
{
    ResourceOptions options = m_resources;
    options.parallel = std::min(options.parallel, m_connections);
    ResourceSync resources(m_store, m_endpoints.server(), options,
                           m_http.options().transferTimeoutMs, m_http.options().userAgent,
                           [this] { return m_http.isCancelled(); });
    connect(&resources, &ResourceSync::progress, this, &SyncEngine::resourceProgress);
    return resources.run(region);
}

QList<LanguageOutcome> SyncEngine::fetchAndApply(const model::Region &region,
                                                 const QList<model::Language> &wanted,
                                                 Progress &state)
{
    QList<LanguageOutcome> outcomes(wanted.size());
    QList<FetchPool::Job> jobs;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        outcomes[i].code = wanted.at(i).code;
        FetchPool::Job job{int(i), wanted.at(i), {}};
        try {
            job.digests = m_store.listDigests({region.slug, wanted.at(i).code});
        } catch (const store::StoreError &) {
            // Without digests every list is parsed and compared: slower, never wrong.
        }
        jobs << job;
    }
    state.languageCount = int(wanted.size());
    state.languagesDone = 0;
    if (m_http.isCancelled()) {
        markUntaken(outcomes, jobs);
        return outcomes;
    }

    // The lists of every language download at once (at most m_connections requests); each
    // language is applied here, in this thread and one at a time, as soon as it is complete.
    shareHeaps();
    FetchPool pool(m_http.options(), m_endpoints, region, m_connections);
    pool.start(jobs);
    QList<Progress> perLanguage(wanted.size(), state);
    while (!pool.isDone()) {
        QCoreApplication::processEvents();
        if (m_http.isCancelled())
            pool.cancel();
        std::optional<FetchPool::Event> event = pool.next(EventPoll);
        if (!event)
            continue;
        Progress &current = perLanguage[event->index];
        current.language = wanted.at(event->index).code;
        current.languageIndex = event->index;
        current.languagesDone = state.languagesDone;
        current.finished = false;
        switch (event->kind) {
        case FetchPool::Event::Kind::Started:
        case FetchPool::Event::Kind::Stage:
            current.stage = event->stage;
            current.items = event->items;
            current.bytes = 0;
            break;
        case FetchPool::Event::Kind::Bytes:
            current.bytes = event->bytes;
            break;
        case FetchPool::Event::Kind::Finished:
            current.stage = Stage::Applying;
            current.items = 0;
            current.bytes = 0;
            if (event->result->content)
                emit progress(current);
            outcomes[event->index] =
                applyFetched(region, wanted.at(event->index), std::move(*event->result));
            event->result.reset();
            releaseMemory();
            pool.applied();
            current.languagesDone = ++state.languagesDone;
            current.finished = true;
            break;
        }
        emit progress(current);
    }
    markUntaken(outcomes, pool.untaken());
    return outcomes;
}

void SyncEngine::markUntaken(QList<LanguageOutcome> &outcomes, const QList<FetchPool::Job> &untaken)
{
    for (const FetchPool::Job &job : untaken) {
        outcomes[job.index].error = SyncEngineText::tr("Cancelled.");
        outcomes[job.index].ok = false;
    }
}

LanguageOutcome SyncEngine::applyFetched(const model::Region &region,
                                         const model::Language &language,
                                         LanguageFetcher::Result fetched)
{
    LanguageOutcome outcome;
    outcome.code = language.code;
    outcome.warnings = fetched.warnings;
    if (fetched.content && m_http.isCancelled()) {
        // Cancelled while this language waited to be saved: nothing more is written.
        fetched.content.reset();
        fetched.error = SyncEngineText::tr("Cancelled.");
    }
    if (fetched.content && !m_allowMassRemoval &&
        !fetched.content->unchangedLists.contains(model::ListKind::Pages)) {
        QSet<QString> fresh;
        for (const model::Page &page : std::as_const(fetched.content->pages))
            fresh.insert(page.path);
        try {
            const QSet<QString> stored = m_store.pagePaths(region.slug, language.code);
            fetched.error = listcheck::checkPageRemoval(stored, fresh, language.code);
            outcome.pagesStored = stored.size();
            for (const QString &path : stored)
                outcome.pagesToRemove += fresh.contains(path) ? 0 : 1;
        } catch (const store::StoreError &error) {
            fetched.error =
                SyncEngineText::tr("Could not read the stored pages: %1").arg(error.message());
        }
        if (!fetched.error.isEmpty()) {
            outcome.massRemovalRefused = true;
            fetched.content.reset();
        }
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!fetched.content) {
        outcome.error = fetched.error;
        try {
            m_store.recordFailure({region.slug, language.code}, now, fetched.error);
        } catch (const store::StoreError &) {
            // The failure is reported to the caller anyway; the content is untouched.
        }
        return outcome;
    }

    fetched.content->syncedAt = now;
    try {
        outcome.counts = m_store.applyLanguage(*fetched.content, m_beforeCommit);
        outcome.ok = true;
    } catch (const store::StoreError &error) {
        QString why = QString::fromUtf8(error.what());
        if (error.reason() == store::StoreError::Reason::Io) // often a full disk in disguise
            why += u" ("_s + writeFailure(m_store.filePath(), 0) + u")"_s;
        outcome.error = SyncEngineText::tr("Could not save the content: %1").arg(why);
        try {
            m_store.recordFailure({region.slug, language.code}, now, outcome.error);
        } catch (const store::StoreError &) {
        }
    }
    return outcome;
}

} // namespace integreat::sync
