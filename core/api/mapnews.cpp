// News: `news/` and `news/{id}/` items (api.md §3.9) and `fcm/` items (§3.10) in both
// vintages: {id:int, title, message, timestamp, last_updated, display_date, channel,
// available_languages, source, link} and 2022's {id:"1", title, message, timestamp, channel}.
#include "core/api/jsonread.h"
#include "core/api/mappers.h"
#include "core/content/htmltext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace integreat::api {

namespace {

const QStringList &knownSources()
{
    static const QStringList sources = {u"local"_s, u"tunews"_s, u"amalnews"_s};
    return sources;
}

/// "local-123" / "tunews-42" as sent; 123 and "123" -> "<source>-123"; other text as sent.
QString newsId(const QJsonValue &value, const QString &source)
{
    if (const auto number = json::integer(value))
        return source + u'-' + QString::number(*number);
    return value.isString() ? value.toString().trimmed() : QString();
}

/// {code: {id}} -> code -> news id; null and {} -> empty.
model::AvailableLanguages readNewsLanguages(const QJsonValue &value, const QString &source)
{
    model::AvailableLanguages languages;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue entry = it.value();
        const QString id =
            newsId(entry.isObject() ? entry.toObject().value("id"_L1) : entry, source);
        if (!it.key().isEmpty() && !id.isEmpty())
            languages.insert(it.key(), id);
    }
    return languages;
}

/// The official app drops fixed image heights so images scale (app mapNewsJson).
QString withoutFixedHeights(const QString &html)
{
    static const QRegularExpression height(u"\\sheight=\"\\d+\""_s);
    return html.contains(u"height="_s) ? QString(html).remove(height) : html;
}

model::NewsItem mapNewsItem(const QJsonObject &object, json::ItemIssues &issues)
{
    model::NewsItem news;
    const QJsonValue idValue = object.value("id"_L1);
    news.source = json::string(object, "source"_L1).trimmed().toLower();
    if (news.source.isEmpty()) { // "tunews-42" names its source; plain numbers are local
        const QString idText = json::string(idValue);
        const QString prefix = idText.section(u'-', 0, 0).toLower();
        news.source =
            idText.contains(u'-') && knownSources().contains(prefix) ? prefix : u"local"_s;
    }
    news.id = newsId(idValue, news.source);
    if (news.id.isEmpty())
        issues.skip(u"'id' is %1, not a news id"_s.arg(json::typeName(idValue)));
    news.title = content::decodeEntities(json::requiredString(object, "title"_L1, issues));
    if (issues.skipped())
        return news;

    const QJsonValue body =
        object.contains("content"_L1) ? object.value("content"_L1) : object.value("message"_L1);
    news.content = content::decodeEntities(withoutFixedHeights(json::string(body)));
    news.lastUpdated = json::dateTime(object.value("last_updated"_L1));
    if (!news.lastUpdated.isValid())
        news.lastUpdated = json::dateTime(object.value("timestamp"_L1));
    news.displayDate = json::dateTime(object.value("display_date"_L1));
    if (!news.displayDate.isValid())
        news.displayDate = news.lastUpdated;
    news.publishedAt = json::dateTime(object.value("published_at"_L1)); // CMS 2026.9
    news.channel = json::string(object, "channel"_L1);
    news.externalUrl = json::firstString(object, {"externalUrl"_L1, "external_url"_L1, "link"_L1});
    news.availableLanguages =
        readNewsLanguages(object.value("available_languages"_L1), news.source);
    return news;
}

} // namespace

MapResult<model::NewsItem> mapNews(const QJsonDocument &doc)
{
    return json::mapItems<model::NewsItem>(doc, "news"_L1, json::Shape::ListOrObject, mapNewsItem);
}

} // namespace integreat::api
