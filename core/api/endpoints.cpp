#include "core/api/endpoints.h"

#include <QStringList>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace integreat::api {

Endpoints::Endpoints(const QUrl &server)
    : m_server(server)
{
    // Tolerate "https://host/" and "https://host/prefix/" alike.
    QString path = m_server.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    m_server.setPath(path);
}

QUrl Endpoints::make(const QString &path, const QString &query) const
{
    QUrl url = m_server;
    url.setPath(m_server.path() + u"/api/v3/"_s + path, QUrl::DecodedMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QUrl Endpoints::regions() const
{
    return make(u"regions/"_s);
}

QUrl Endpoints::region(const QString &region) const
{
    return make(u"regions/%1/"_s.arg(region));
}

QUrl Endpoints::languages(const QString &region) const
{
    return make(u"%1/languages/"_s.arg(region));
}

QUrl Endpoints::pages(const QString &region, const QString &language) const
{
    return make(u"%1/%2/pages/"_s.arg(region, language));
}

QUrl Endpoints::events(const QString &region, const QString &language) const
{
    return make(u"%1/%2/events/"_s.arg(region, language), u"combine_recurring=True"_s);
}

QUrl Endpoints::places(const QString &region, const QString &language) const
{
    return make(u"%1/%2/locations/"_s.arg(region, language), u"on_map=1"_s);
}

QUrl Endpoints::placeCategories(const QString &region, const QString &language) const
{
    return make(u"%1/%2/location-categories/"_s.arg(region, language));
}

QUrl Endpoints::imprint(const QString &region, const QString &language) const
{
    return make(u"%1/%2/imprint/"_s.arg(region, language));
}

QUrl Endpoints::feedback(const QString &region, const QString &language, const QString &kind) const
{
    return make(u"%1/%2/feedback/%3/"_s.arg(region, language, kind));
}

QUrl Endpoints::news(const QString &region, const QString &language, const QStringList &sources,
                     int page, int size) const
{
    QUrlQuery query;
    for (const QString &source : sources)
        query.addQueryItem(u"source"_s, source);
    query.addQueryItem(u"size"_s, QString::number(size));
    query.addQueryItem(u"page"_s, QString::number(page));
    return make(u"%1/%2/news/"_s.arg(region, language), query.toString(QUrl::FullyEncoded));
}

QUrl Endpoints::fcm(const QString &region, const QString &language) const
{
    return make(u"%1/%2/fcm/"_s.arg(region, language), u"channel=news"_s);
}

} // namespace integreat::api
