#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace integreat::content {

enum class LinkKind
{
    Internal,  ///< a page, event, place, news item ... of Integreat: open in the app
    Telephone, ///< tel:
    Email,     ///< mailto:
    Pdf,       ///< a .pdf (show from the resource store when it is one of ours)
    Image,     ///< .png .jpg .jpeg .gif .webp .svg
    External,  ///< any other http(s) page: the browser (or a QR code in kiosk mode)
    Forbidden, ///< file:, javascript:, data:, vbscript:, about:, anything else: never opened
};

/// Where a link leads. For internal links the parts are lower case and percent-decoded.
struct LinkTarget
{
    LinkKind kind = LinkKind::Forbidden;
    QUrl url;         ///< absolute (resolved against the server); tel: normalized
    QString region;   ///< internal: the region slug (empty for the region list and short links)
    QString language; ///< internal: empty when the URL has none (/augsburg, /augsburg/events/x);
                      ///< see withLanguage()
    /// internal: the path the store keys the item by, with a trailing slash:
    /// page /augsburg/de/willkommen/, dashboard /augsburg/de/, event /augsburg/de/events/slug/,
    /// place /augsburg/de/locations/slug/ (also for /places/), imprint /augsburg/de/disclaimer/,
    /// news item /augsburg/de/news/local-123/; lists /augsburg/de/events/ ... Empty when the
    /// language is unknown, for the region list and for short links.
    QString path;
    /// internal: page, dashboard, landing, events, event, places, place, news, news-item,
    /// imprint, offers, search, chat (/augsburg/de/chat, or any route with ?chat=true as the
    /// official app opens its chat), short-page
    QString route;
    /// internal: news id (local-123, tunews-5), page id of a short link (/s/p/94/ -> 94),
    /// offer alias (/augsburg/de/offers/sprungbrett -> sprungbrett)
    QString id;
    /// internal, from the query (as the official app reads it): search text of `search`
    /// (?query=), category of `places`/`place` (?category=), place index of `places`
    /// (?multiplace=). Integers that are not whole numbers are left unset.
    QString searchText;
    std::optional<int> placeCategory;
    std::optional<int> multiPlace;
    /// internal, `news` lists: "local" (/news/local) or "external" (/news/tu-news), else empty.
    QString newsSource;
};

/// Classifies a link from content HTML or a deep link, like the official app does: ".pdf" ->
/// Pdf, images -> Image, then Integreat hosts (integreat.app, web.integreat-app.de,
/// cms(-test).integreat-app.de and the host of `server`) except /media/, /static/, /api/ and
/// wp-content/wp-admin/wp-json paths -> Internal; integreat:// links -> Internal; tel: ->
/// Telephone (tel:tel:+49 -> tel:+49); mailto: -> Email; other http(s) -> External; every other
/// scheme -> Forbidden. Relative URLs resolve against `server` (the production CMS without one).
/// Hosts are compared exactly, so integreat.app.example.com is External.
LinkTarget classifyLink(const QUrl &url, const QUrl &server = {});

/// An internal target whose URL had no language segment (/augsburg, /augsburg/events/x, /landing)
/// with `language` filled in and the path completed. Anything else comes back unchanged.
LinkTarget withLanguage(LinkTarget target, const QString &language);

} // namespace integreat::content
