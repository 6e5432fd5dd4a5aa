#include "core/content/linkclassifier.h"

#include "core/content/hosts.h"

#include <QStringList>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace integreat::content {

namespace {

bool isOneOf(QStringView s, std::initializer_list<QStringView> list)
{
    for (const QStringView item : list) {
        if (s == item)
            return true;
    }
    return false;
}

/// Second path segments that are a region's content, not a language: /augsburg/events/...
bool isReservedSegment(QStringView s)
{
    return isOneOf(s, {u"events", u"places", u"locations", u"news", u"search", u"imprint",
                       u"disclaimer", u"offers", u"chat"});
}

QString suffixOf(const QUrl &url)
{
    const QString path = url.path(QUrl::FullyDecoded);
    const qsizetype slash = path.lastIndexOf(u'/');
    const qsizetype dot = path.lastIndexOf(u'.');
    return dot > slash ? path.mid(dot + 1).toLower() : QString();
}

/// Path segments: percent-decoded, lower case, empty ones (double and trailing slashes) dropped.
QStringList segmentsOf(const QString &decodedPath)
{
    QStringList segments = decodedPath.toLower().split(u'/', Qt::SkipEmptyParts);
    return segments;
}

bool isExcludedPath(const QStringList &segments)
{
    if (!segments.isEmpty() && isOneOf(segments.first(), {u"media", u"static", u"api"}))
        return true;
    for (const QString &s : segments) {
        if (isOneOf(s, {u"wp-content", u"wp-admin", u"wp-json"}))
            return true;
    }
    return false;
}

/// Fills in `path` from region, language, route and the rest of the URL.
void completePath(LinkTarget &t, const QStringList &rest)
{
    t.path.clear();
    if (t.region.isEmpty() || t.language.isEmpty())
        return;
    const QString base = u'/' + t.region + u'/' + t.language + u'/';
    if (t.route == u"dashboard")
        t.path = base;
    else if (t.route == u"page")
        t.path = base + rest.join(u'/') + u'/';
    else if (t.route == u"events" || t.route == u"places" || t.route == u"news" ||
             t.route == u"search" || t.route == u"chat")
        t.path = base + t.route + u'/';
    else if (t.route == u"offers")
        t.path = base + u"offers/"_s;
    else if (t.route == u"event")
        t.path = base + u"events/"_s + rest.constLast() + u'/';
    else if (t.route == u"place")
        t.path = base + u"locations/"_s + rest.at(1) + u'/';
    else if (t.route == u"news-item")
        t.path = base + u"news/"_s + t.id + u'/';
    else if (t.route == u"imprint")
        t.path = base + u"disclaimer/"_s;
}

/// safeParseInt of the official app: a whole number, else nothing.
std::optional<int> queryInt(const QUrlQuery &query, const QString &key)
{
    bool ok = false;
    const int value = query.queryItemValue(key, QUrl::FullyDecoded).trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

/// The query keys of a route: search text, place category and multiplace.
void readQuery(LinkTarget &t)
{
    const QUrlQuery query(t.url);
    t.searchText.clear();
    t.placeCategory.reset();
    t.multiPlace.reset();
    if (t.route == u"search") {
        t.searchText = query.queryItemValue(u"query"_s, QUrl::FullyDecoded);
    } else if (t.route == u"places" || t.route == u"place") {
        t.placeCategory = queryInt(query, u"category"_s);
        t.multiPlace = queryInt(query, u"multiplace"_s);
    }
}

/// The region content part: rest = the segments after region and language.
void classifyContent(LinkTarget &t, const QStringList &rest)
{
    t.newsSource.clear();
    if (rest.isEmpty()) {
        t.route = u"dashboard"_s;
    } else if (rest.first() == u"events") {
        t.route = rest.size() == 1 ? u"events"_s : u"event"_s; // the slug is the last segment
    } else if (rest.first() == u"places" || rest.first() == u"locations") {
        t.route = rest.size() == 1 ? u"places"_s : u"place"_s; // the slug is the 2nd segment
    } else if (rest.first() == u"news") {
        t.route = u"news"_s;
        if (rest.size() >= 3) { // /news/local/123 (CMS web form)
            t.route = u"news-item"_s;
            const QString source = rest.at(1) == u"tu-news" ? u"tunews"_s : rest.at(1);
            t.id = source + u'-' + rest.at(2); // the store's ids: local-123, tunews-5
        } else if (rest.size() == 2 &&
                   !isOneOf(rest.at(1), {u"local", u"tu-news", u"tunews", u"amalnews"})) {
            t.route = u"news-item"_s; // /news/local-123 (app form)
            t.id = rest.at(1);
        } else if (rest.size() == 2) {
            t.newsSource = rest.at(1) == u"local" ? u"local"_s : u"external"_s;
        }
    } else if (rest.first() == u"imprint" || rest.first() == u"disclaimer") {
        t.route = u"imprint"_s;
    } else if (rest.first() == u"offers") {
        t.route = u"offers"_s;
        if (rest.size() >= 2)
            t.id = rest.at(1);
    } else if (rest.first() == u"search") {
        t.route = u"search"_s;
    } else if (rest.first() == u"chat") {
        t.route = u"chat"_s;
    } else {
        t.route = u"page"_s;
    }
    // The official app opens its chat over any route with ?chat=true: here that is the chat.
    if (QUrlQuery(t.url).queryItemValue(u"chat"_s, QUrl::FullyDecoded).trimmed().toLower() ==
        u"true")
        t.route = u"chat"_s;
    completePath(t, rest);
    readQuery(t);
}

/// The rest of the segments after region and language, kept for withLanguage().
QStringList contentSegments(const QStringList &segments)
{
    if (segments.size() >= 2 && isReservedSegment(segments.at(1)))
        return segments.mid(1);
    return segments.mid(2);
}

void classifyPath(LinkTarget &t, const QStringList &segments)
{
    t.kind = LinkKind::Internal;
    if (segments.isEmpty() || segments.first() == u"landing" || segments.first() == u"regions") {
        t.route = u"landing"_s;
        if (segments.size() >= 2)
            t.language = segments.at(1);
        return;
    }
    if (segments.size() >= 3 && segments.at(0) == u"s" && segments.at(1) == u"p") {
        t.route = u"short-page"_s;
        t.id = segments.at(2);
        return;
    }
    t.region = segments.first();
    if (segments.size() >= 2 && !isReservedSegment(segments.at(1)))
        t.language = segments.at(1);
    classifyContent(t, contentSegments(segments));
}

QUrl normalizedTelephone(const QUrl &url)
{
    QString number = QUrl::fromPercentEncoding(url.toEncoded()).mid(4); // after "tel:"
    while (number.startsWith(u"tel:"_s, Qt::CaseInsensitive))
        number.remove(0, 4);
    while (number.startsWith(u'/'))
        number.remove(0, 1);
    number.remove(QChar(u' ')).remove(QChar(u'\u00A0')).remove(QChar(u'\t'));
    return number.isEmpty() ? QUrl() : QUrl(u"tel:"_s + number);
}

} // namespace

LinkTarget classifyLink(const QUrl &link, const QUrl &server)
{
    LinkTarget t;
    t.url = link;
    if (link.isEmpty() || !link.isValid())
        return t;
    if (link.isRelative()) {
        if (link.path().isEmpty() && link.host().isEmpty() && !link.hasQuery())
            return t; // "#anchor" alone: nothing to open
        t.url = resolutionBase(server).resolved(link);
    }
    const QString scheme = t.url.scheme().toLower();
    if (scheme == u"tel") {
        t.url = normalizedTelephone(t.url);
        t.kind = t.url.isEmpty() ? LinkKind::Forbidden : LinkKind::Telephone;
        if (t.url.isEmpty())
            t.url = link;
        return t;
    }
    if (scheme == u"mailto") {
        t.kind = t.url.path().trimmed().isEmpty() ? LinkKind::Forbidden : LinkKind::Email;
        return t;
    }
    if (scheme == u"integreat") {
        const QString host = t.url.host().toLower();
        QString path = t.url.path(QUrl::FullyDecoded);
        if (!host.isEmpty() && !isIntegreatHost(host, server))
            path = u'/' + host + path; // integreat://augsburg/de/... names the region as host
        classifyPath(t, segmentsOf(path));
        return t;
    }
    if ((scheme != u"http" && scheme != u"https") || t.url.host().isEmpty())
        return t; // Forbidden
    const QString suffix = suffixOf(t.url);
    if (suffix == u"pdf") {
        t.kind = LinkKind::Pdf;
        return t;
    }
    if (isOneOf(suffix, {u"png", u"jpg", u"jpeg", u"gif", u"webp", u"svg"})) {
        t.kind = LinkKind::Image;
        return t;
    }
    const QStringList segments = segmentsOf(t.url.path(QUrl::FullyDecoded));
    if (isIntegreatHost(t.url.host().toLower(), server) && !isExcludedPath(segments)) {
        classifyPath(t, segments);
        return t;
    }
    t.kind = LinkKind::External;
    return t;
}

LinkTarget withLanguage(LinkTarget target, const QString &language)
{
    if (target.kind != LinkKind::Internal || !target.language.isEmpty() || language.isEmpty() ||
        target.route == u"short-page")
        return target;
    target.language = language.toLower();
    if (target.region.isEmpty())
        return target; // the region list
    QString path = target.url.path(QUrl::FullyDecoded);
    const QString host = target.url.host().toLower();
    if (target.url.scheme().toLower() == u"integreat" && !host.isEmpty() &&
        !isIntegreatHost(host, QUrl()))
        path = u'/' + host + path;
    const QStringList segments = segmentsOf(path);
    const QString id = target.id;
    target.id.clear();
    classifyContent(target, contentSegments(segments));
    if (target.id.isEmpty())
        target.id = id;
    return target;
}

} // namespace integreat::content
