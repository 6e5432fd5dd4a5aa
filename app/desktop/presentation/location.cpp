#include "desktop/presentation/location.h"

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {

Location make(Location::Kind kind, const QString &region, const QString &language,
              const QString &path = {}, const QString &query = {})
{
    return Location{kind, region, language, path, query, std::nullopt};
}

} // namespace

Location Location::dashboard(const QString &region, const QString &language)
{
    return make(Kind::Dashboard, region, language);
}

Location Location::page(const QString &region, const QString &language, const QString &path)
{
    return make(Kind::Page, region, language, path);
}

Location Location::imprint(const QString &region, const QString &language)
{
    return make(Kind::Imprint, region, language);
}

Location Location::search(const QString &region, const QString &language, const QString &query)
{
    return make(Kind::Search, region, language, {}, query);
}

Location Location::events(const QString &region, const QString &language)
{
    return make(Kind::Events, region, language);
}

Location Location::event(const QString &region, const QString &language, const QString &path)
{
    return make(Kind::Event, region, language, path);
}

Location Location::places(const QString &region, const QString &language,
                          std::optional<int> category)
{
    Location location = make(Kind::Places, region, language);
    location.category = category;
    return location;
}

Location Location::place(const QString &region, const QString &language, const QString &path)
{
    return make(Kind::Place, region, language, path);
}

Location Location::news(const QString &region, const QString &language, const QString &source)
{
    return make(Kind::News, region, language, source);
}

Location Location::newsItem(const QString &region, const QString &language, const QString &id)
{
    return make(Kind::NewsItem, region, language, id);
}

Location Location::chat(const QString &region, const QString &language)
{
    return make(Kind::Chat, region, language);
}

QString Location::sectionOf(Kind kind)
{
    switch (kind) {
    case Kind::Chat:
        return u"chat"_s;
    case Kind::Events:
    case Kind::Event:
        return u"events"_s;
    case Kind::Places:
    case Kind::Place:
        return u"places"_s;
    case Kind::News:
    case Kind::NewsItem:
        return u"news"_s;
    case Kind::Dashboard:
    case Kind::Page:
    case Kind::Imprint:
    case Kind::Search:
        break;
    }
    return u"local"_s;
}

bool Location::isItem() const
{
    return kind == Kind::Page || kind == Kind::Event || kind == Kind::Place ||
           kind == Kind::NewsItem;
}

Location Location::inLanguage(const QString &newLanguage) const
{
    Location moved = *this;
    moved.language = newLanguage;
    switch (kind) {
    case Kind::Page:
        moved.path.clear();
        break;
    case Kind::Event:
        moved = events(region, newLanguage);
        break;
    case Kind::Place:
        moved = places(region, newLanguage);
        break;
    case Kind::NewsItem:
        moved = news(region, newLanguage);
        break;
    default:
        break;
    }
    return moved;
}

QString Location::toString() const
{
    static const char16_t *const names[] = {u"dashboard", u"page",      u"imprint", u"search",
                                            u"events",    u"event",     u"places",  u"place",
                                            u"news",      u"news-item", u"chat"};
    QString text = QString::fromUtf16(names[int(kind)]) + u' ' + region + u'/' + language;
    if (!path.isEmpty())
        text += u' ' + path;
    if (kind == Kind::Search)
        text += u" \""_s + query + u'"';
    if (category)
        text += u" category "_s + QString::number(*category);
    return text;
}

QUrl Location::webUrl() const
{
    QString webPath = u"/%1/%2/"_s.arg(region, language);
    if (kind == Kind::Page && path.startsWith(u'/'))
        webPath = path;
    QUrl url(u"https://integreat.app"_s);
    url.setPath(webPath);
    return url;
}

} // namespace integreat::desktop
