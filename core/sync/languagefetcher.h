#pragma once

#include "api/endpoints.h"
#include "store/store.h"
#include "syncreport.h"

#include "model/region.h"

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

    Result fetch(const model::Region &region, const model::Language &language);

private:
    struct Download
    {
        std::optional<QJsonDocument> document; ///< unset on failure or when absent (404)
        bool missing = false;                  ///< the server answered 404
    };

    Download download(const QUrl &url, Stage stage, Result &result);
    std::optional<QList<model::NewsItem>> fetchNews(const model::Region &region,
                                                    const QString &language, Result &result);

    api::HttpClient &m_http;
    const api::Endpoints &m_endpoints;
    StageCallback m_onStage;
};

/// The name of a downloaded list in the user's language ("pages", "events" ...).
QString listName(Stage stage);

} // namespace integreat::sync
