#include "core/sync/languagefetcher.h"

#include "core/api/httpclient.h"
#include "core/api/mappers.h"
#include "core/content/bidi.h"
#include "core/content/sanitizer.h"
#include "core/sync/listcheck.h"
#include "core/sync/pagetree.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace integreat::sync {

namespace {
/// The translation context of this file's free functions (lupdate reads it from the macro).
class LanguageFetcherText
{
    Q_DECLARE_TR_FUNCTIONS(integreat::sync::LanguageFetcher)
};

constexpr int MaxNewsPages = 20;

// Part of every list digest: change it whenever mapping or sanitizing changes what is stored
// for the same bytes, so that the next sync parses every list again.
constexpr QByteArrayView PipelineVersion = "integreat-pipeline-4";
// The list digest only tells our own last sync's bytes from new ones: BLAKE2b is as sound for
// that as SHA-256 and four times as fast in Qt (0.35 against 1.5 s of CPU for metropolis's
// 212 MB, which every resync downloads and hashes again). Digests stored by an older build
// (SHA-256) never match, so its first sync parses every list once.
constexpr auto ListDigest = QCryptographicHash::Blake2b_256;

// Content is sanitized once, here, before it is stored: views only ever see allowlisted HTML.
QString sanitized(const QString &html, const content::SanitizeOptions &options)
{
    return content::sanitize(html, options).html;
}

// How `language` of `region` is sanitized: numbers are isolated in right-to-left languages.
content::SanitizeOptions sanitizeOptions(const model::Region &region, const QString &language,
                                         const QUrl &server)
{
    content::SanitizeOptions options;
    options.server = server;
    options.rewriteImagesToStore = false; // the resource cache needs the URLs; see sanitizer.h
    options.rightToLeft = content::bidi::isRightToLeftLanguage(region, language);
    return options;
}

// In this (download) thread only: the thread pool belongs to the writer (its rows and search
// texts, ContentWriter), the sync's bottleneck; sanitizing there queued the writer's work behind
// a whole language and left it waiting.
template <class T> void sanitizeAll(QList<T> &items, const content::SanitizeOptions &options)
{
    for (T &item : items)
        item.content = sanitized(item.content, options);
}

template <class T> void addWarnings(const api::MapResult<T> &mapped, Stage stage, QStringList &out)
{
    for (const QString &warning : mapped.warnings)
        out << u"%1: %2"_s.arg(listName(stage), warning);
}

// "" when the mapped list may replace what is stored; else why not (see listcheck.h).
template <class T>
QString implausible(const api::MapResult<T> &mapped, const QJsonDocument &document, Stage stage)
{
    QStringList skipped;
    for (const QString &warning : mapped.warnings) {
        if (warning.contains(u" skipped"_s))
            skipped << warning;
    }
    const QString error = listcheck::checkMapped(stage, listcheck::receivedItems(document),
                                                 mapped.items.size(), skipped);
    return error.isEmpty() ? listcheck::checkItemSizes(stage, mapped.items) : error;
}
} // namespace

QString listName(Stage stage)
{
    switch (stage) {
    case Stage::Regions:
        return LanguageFetcherText::tr("region list");
    case Stage::Pages:
        return LanguageFetcherText::tr("pages");
    case Stage::Events:
        return LanguageFetcherText::tr("events");
    case Stage::Places:
        return LanguageFetcherText::tr("places");
    case Stage::Categories:
        return LanguageFetcherText::tr("place categories");
    case Stage::Imprint:
        return LanguageFetcherText::tr("imprint");
    case Stage::News:
        return LanguageFetcherText::tr("news");
    case Stage::Applying:
    case Stage::Done:
        break;
    }
    return {};
}

LanguageFetcher::LanguageFetcher(api::HttpClient &http, const api::Endpoints &endpoints,
                                 StageCallback onStage)
    : m_http(http)
    , m_endpoints(endpoints)
    , m_onStage(std::move(onStage))
{
}

LanguageFetcher::Download LanguageFetcher::download(const QUrl &url, Stage stage, Result &result,
                                                    const QByteArray &knownDigest)
{
    Download out;
    if (m_onStage)
        m_onStage(stage, 0);
    const api::HttpResult reply = m_http.get(url);
    if (reply.outcome == api::HttpResult::Outcome::Cancelled) {
        result.cancelled = true;
        result.error = LanguageFetcherText::tr("Cancelled.");
        return out;
    }
    if (reply.notFound()) {
        out.missing = true;
        return out;
    }
    if (!reply.ok()) {
        result.error = LanguageFetcherText::tr("Could not download the %1: %2")
                           .arg(listName(stage), reply.error);
        return out;
    }
    QCryptographicHash hash(ListDigest);
    hash.addData(PipelineVersion);
    hash.addData(reply.body);
    out.digest = hash.result();
    if (!knownDigest.isEmpty() && knownDigest == out.digest) {
        out.unchanged = true;
        return out;
    }
    if (m_beforeParse && !m_beforeParse()) {
        result.cancelled = true;
        result.error = LanguageFetcherText::tr("Cancelled.");
        return out;
    }
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error =
            LanguageFetcherText::tr("The server sent damaged data for the %1 (%2 at byte %3).")
                .arg(listName(stage), parseError.errorString())
                .arg(parseError.offset);
        return out;
    }
    out.document = std::move(document);
    return out;
}

std::optional<QList<model::NewsItem>>
LanguageFetcher::fetchNews(const model::Region &region, const QString &language, Result &result)
{
    QStringList sources{u"local"_s};
    if (region.externalNewsEnabled)
        sources << u"tunews"_s << u"amalnews"_s;
    QList<model::NewsItem> items;
    for (int page = 1; page <= MaxNewsPages; ++page) {
        const QUrl url = m_endpoints.news(region.slug, language, sources, page);
        Download got = download(url, Stage::News, result);
        if (!result.error.isEmpty())
            return std::nullopt;
        if (got.missing && page == 1) {
            // Older CMS versions have no news/ endpoint: fall back to the push-notification list.
            got = download(m_endpoints.fcm(region.slug, language), Stage::News, result);
            if (!result.error.isEmpty())
                return std::nullopt;
            if (got.missing) {
                result.warnings << LanguageFetcherText::tr(
                    "news: not offered by the server; the stored news are kept");
                return std::nullopt;
            }
            const auto mapped = api::mapNews(*got.document);
            addWarnings(mapped, Stage::News, result.warnings);
            if (!mapped.ok()) {
                result.error = LanguageFetcherText::tr("The %1 could not be read: %2")
                                   .arg(listName(Stage::News), mapped.error);
                return std::nullopt;
            }
            if (const QString refused = implausible(mapped, *got.document, Stage::News);
                !refused.isEmpty()) {
                result.error = refused;
                return std::nullopt;
            }
            return mapped.items;
        }
        if (got.missing)
            break; // past the last page
        const auto mapped = api::mapNews(*got.document);
        addWarnings(mapped, Stage::News, result.warnings);
        if (!mapped.ok()) {
            result.error = LanguageFetcherText::tr("The %1 could not be read: %2")
                               .arg(listName(Stage::News), mapped.error);
            return std::nullopt;
        }
        if (const QString refused = implausible(mapped, *got.document, Stage::News);
            !refused.isEmpty()) {
            result.error = refused;
            return std::nullopt;
        }
        items += mapped.items;
        const int received = got.document->isArray() ? int(got.document->array().size()) : 0;
        if (received < api::Endpoints::NewsPageSize)
            break;
    }
    return items;
}

LanguageFetcher::Result
LanguageFetcher::fetch(const model::Region &region, const model::Language &language,
                       const QHash<model::ListKind, QByteArray> &knownDigests)
{
    Result result;
    store::LanguageContent content;
    content.region = region.slug;
    content.language = language;
    const QString &lang = language.code;

    // Required lists: a failure (or 404) fails the language.
    auto required = [&](const QUrl &url, Stage stage, auto mapper, auto &target,
                        model::ListKind list) -> bool {
        Download got = download(url, stage, result, knownDigests.value(list));
        if (!result.error.isEmpty())
            return false;
        if (got.unchanged) {
            content.unchangedLists.insert(list);
            content.listDigests.insert(list, got.digest);
            return true;
        }
        if (got.missing) {
            result.error =
                stage == Stage::Pages
                    ? LanguageFetcherText::tr(
                          "The language “%1” is not available in this region (HTTP 404).")
                          .arg(lang)
                    : LanguageFetcherText::tr("Could not download the %1: %2")
                          .arg(listName(stage),
                               LanguageFetcherText::tr("Not found on the server (HTTP 404)."));
            return false;
        }
        const auto mapped = mapper(*got.document);
        addWarnings(mapped, stage, result.warnings);
        if (!mapped.ok()) {
            result.error = LanguageFetcherText::tr("The %1 could not be read: %2")
                               .arg(listName(stage), mapped.error);
            return false;
        }
        if (const QString refused = implausible(mapped, *got.document, stage); !refused.isEmpty()) {
            result.error = refused;
            return false;
        }
        target = mapped.items;
        content.listDigests.insert(list, got.digest);
        if (m_onStage)
            m_onStage(stage, int(mapped.items.size()));
        return true;
    };

    if (!required(m_endpoints.pages(region.slug, lang), Stage::Pages, api::mapPages, content.pages,
                  model::ListKind::Pages))
        return result;
    for (const QString &warning : repairPageTree(content.pages))
        result.warnings << u"%1: %2"_s.arg(listName(Stage::Pages), warning);

    // A region flag that is off (or missing from a damaged region list) fetches nothing and
    // keeps what is stored: only a sound list of the kind itself may empty it.
    if (region.eventsEnabled) {
        QList<model::Event> events;
        if (!required(m_endpoints.events(region.slug, lang), Stage::Events, api::mapEvents, events,
                      model::ListKind::Events))
            return result;
        content.events = events;
    }

    if (region.placesEnabled) {
        QList<model::Place> places;
        if (!required(m_endpoints.places(region.slug, lang), Stage::Places, api::mapPlaces, places,
                      model::ListKind::Places))
            return result;
        content.places = places;
    }

    // Optional lists: a 404 keeps what is stored, other failures fail the language.
    if (region.placesEnabled) {
        Download got =
            download(m_endpoints.placeCategories(region.slug, lang), Stage::Categories, result);
        if (!result.error.isEmpty())
            return result;
        if (got.document) {
            const auto mapped = api::mapPlaceCategories(*got.document);
            addWarnings(mapped, Stage::Categories, result.warnings);
            if (mapped.ok())
                content.categories = mapped.items;
        }
    }

    Download imprint = download(m_endpoints.imprint(region.slug, lang), Stage::Imprint, result);
    if (!result.error.isEmpty())
        return result;
    if (imprint.document) {
        const auto mapped = api::mapImprint(*imprint.document);
        addWarnings(mapped, Stage::Imprint, result.warnings);
        if (!mapped.ok()) {
            result.error = LanguageFetcherText::tr("The %1 could not be read: %2")
                               .arg(listName(Stage::Imprint), mapped.error);
            return result;
        }
        content.imprint = mapped.items.isEmpty() ? std::optional<model::Page>()
                                                 : std::optional<model::Page>(mapped.items.first());
    } else {
        result.warnings << LanguageFetcherText::tr("imprint: not offered by the server");
    }

    if (region.localNewsEnabled || region.externalNewsEnabled) {
        content.news = fetchNews(region, lang, result);
        if (!result.error.isEmpty())
            return result;
    }

    const content::SanitizeOptions options = sanitizeOptions(region, lang, m_endpoints.server());
    sanitizeAll(content.pages, options);
    if (content.events)
        sanitizeAll(*content.events, options);
    if (content.places)
        sanitizeAll(*content.places, options);
    if (content.imprint && *content.imprint)
        (*content.imprint)->content = sanitized((*content.imprint)->content, options);
    if (content.news) {
        for (model::NewsItem &item : *content.news) {
            if (item.source != u"local"_s) // external news are HTML; local ones plain text
                item.content = sanitized(item.content, options);
        }
    }
    result.content = std::move(content);
    return result;
}

} // namespace integreat::sync
