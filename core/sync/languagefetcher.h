#pragma once

#include "core/api/endpoints.h"
#include "core/model/region.h"
#include "core/store/store.h"
#include "core/sync/syncreport.h"

#include <QJsonDocument>
#include <functional>
#include <optional>

namespace integreat::api {
class HttpClient;
}

namespace integreat::sync {

/// Downloads and maps every list of one (region, language): pages, events, places, place
/// categories, imprint and news. Nothing is written here; the caller applies the result in one
/// transaction, so a failure anywhere leaves the stored content as it was.
class LanguageFetcher final
{
    Q_DISABLE_COPY_MOVE(LanguageFetcher)

public:
    using StageCallback = std::function<void(Stage stage, int items)>;

    struct Result
    {
        std::optional<store::LanguageContent> content; ///< set when every required list arrived
        QString error;
        QStringList warnings;
        bool cancelled = false;
    };

    LanguageFetcher(api::HttpClient &http, const api::Endpoints &endpoints, StageCallback onStage);

    /// Called before each downloaded list is parsed (FetchPool: waits until this language may
    /// hold parsed content in memory); false cancels the language.
    void setBeforeParse(std::function<bool()> beforeParse)
    {
        m_beforeParse = std::move(beforeParse);
    }

    /// `knownDigests`: Store::listDigests() of this language; a required list whose raw bytes
    /// match is not parsed again and is marked unchanged.
    Result fetch(const model::Region &region, const model::Language &language,
                 const QHash<model::ListKind, QByteArray> &knownDigests = {});

private:
    struct Download
    {
        std::optional<QJsonDocument> document; ///< unset on failure, when absent or unchanged
        bool missing = false;                  ///< the server answered 404
        bool unchanged = false;                ///< the same bytes as at the last sync (not parsed)
        QByteArray digest;                     ///< of the raw body, with the pipeline version
    };

    Download download(const QUrl &url, Stage stage, Result &result,
                      const QByteArray &knownDigest = {});
    std::optional<QList<model::NewsItem>> fetchNews(const model::Region &region,
                                                    const QString &language, Result &result);

    api::HttpClient &m_http;
    const api::Endpoints &m_endpoints;
    StageCallback m_onStage;
    std::function<bool()> m_beforeParse;
};

/// The name of a downloaded list in the user's language ("pages", "events" ...).
QString listName(Stage stage);

} // namespace integreat::sync
