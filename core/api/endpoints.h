#pragma once

#include <QString>
#include <QUrl>

namespace integreat::api {

/// Builds the URLs of the Integreat API v3 (docs/api.md §2). Every URL ends in a slash, as the
/// CMS expects; Unicode in paths and queries is percent-encoded as UTF-8 by QUrl.
class Endpoints final
{
public:
    static constexpr int NewsPageSize = 100;

    explicit Endpoints(const QUrl &server);

    QUrl server() const { return m_server; }
    QUrl regions() const;
    QUrl region(const QString &region) const;
    QUrl languages(const QString &region) const;
    QUrl pages(const QString &region, const QString &language) const;
    QUrl events(const QString &region, const QString &language) const;
    QUrl places(const QString &region, const QString &language) const;
    QUrl placeCategories(const QString &region, const QString &language) const;
    QUrl imprint(const QString &region, const QString &language) const;
    /// `sources`: local, tunews, amalnews; `page` starts at 1.
    QUrl news(const QString &region, const QString &language, const QStringList &sources, int page,
              int size = NewsPageSize) const;
    /// The older push-notification list, used where `news/` answers 404.
    QUrl fcm(const QString &region, const QString &language) const;
    /// Where feedback of `kind` ("page", "event", "poi", "search" ...) is POSTed.
    QUrl feedback(const QString &region, const QString &language, const QString &kind) const;

private:
    QUrl make(const QString &path, const QString &query = {}) const;

    QUrl m_server;
};

} // namespace integreat::api
