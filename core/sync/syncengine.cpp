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

using namespace Qt::StringLiterals;

namespace integreat::sync {

namespace {
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

    state.languageCount = int(wanted.size());
    for (const model::Language &language : std::as_const(wanted)) {
        if (m_http.isCancelled()) {
            report.cancelled = true;
            LanguageOutcome skipped;
            skipped.code = language.code;
            skipped.error = SyncEngineText::tr("Cancelled.");
            report.languages << skipped;
            continue;
        }
        report.languages << syncLanguage(region, language, state);
        ++state.languageIndex;
    }

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
    ResourceSync resources(m_store, m_endpoints.server(), m_resources,
                           m_http.options().transferTimeoutMs, m_http.options().userAgent,
                           [this] { return m_http.isCancelled(); });
    connect(&resources, &ResourceSync::progress, this, &SyncEngine::resourceProgress);
    return resources.run(region);
}

LanguageOutcome SyncEngine::syncLanguage(const model::Region &region,
                                         const model::Language &language, Progress &state)
{
    LanguageOutcome outcome;
    outcome.code = language.code;
    state.language = language.code;

    auto bytesConnection =
        connect(&m_http, &api::HttpClient::bytesReceived, this, [&](qint64 bytes) {
            state.bytes = bytes;
            emit progress(state);
        });
    LanguageFetcher fetcher(m_http, m_endpoints, [&](Stage stage, int items) {
        state.stage = stage;
        state.items = items;
        state.bytes = 0;
        emit progress(state);
    });
    QHash<QString, QByteArray> digests;
    try {
        digests = m_store.listDigests(region.slug, language.code);
    } catch (const store::StoreError &) {
        // Without digests every list is parsed and compared: slower, never wrong.
    }
    LanguageFetcher::Result fetched = fetcher.fetch(region, language, digests);
    disconnect(bytesConnection);
    outcome.warnings = fetched.warnings;
    if (fetched.content && !m_allowMassRemoval &&
        !fetched.content->unchangedLists.contains(u"pages"_s)) {
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
            m_store.recordFailure(region.slug, language.code, now, fetched.error);
        } catch (const store::StoreError &) {
            // The failure is reported to the caller anyway; the content is untouched.
        }
        return outcome;
    }

    state.stage = Stage::Applying;
    state.items = 0;
    emit progress(state);
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
            m_store.recordFailure(region.slug, language.code, now, outcome.error);
        } catch (const store::StoreError &) {
        }
    }
    return outcome;
}

} // namespace integreat::sync
