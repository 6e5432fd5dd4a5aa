#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>
#include <optional>

namespace integreat::desktop {

/// A route: where the window is, in any section. One entry of the Back/Forward history.
struct Location
{
    enum class Kind
    {
        Dashboard, ///< the region's top-level pages as tiles
        Page,      ///< a category or leaf page (`path`)
        Imprint,   ///< the region's imprint
        Search,    ///< search results for `query`
        Events,    ///< the events list
        Event,     ///< one event (`path`, as the store keys it)
        Places,    ///< the places list and map (`category`: a category filter)
        Place,     ///< one place (`path`)
        News,      ///< the news list (`path`: "local", "external" or empty for all)
        NewsItem,  ///< one news item (`path`: its id, local-123 or tunews-5)
        Chat,      ///< the "Ask Integreat" chat of the region (questions in `language`)
    };

    Kind kind = Kind::Dashboard;
    QString region;
    QString language;
    QString path;  ///< Page, Event, Place: the store path; NewsItem: the id; News: the source
    QString query; ///< Search only
    std::optional<int> category; ///< Places only

    bool isValid() const { return !region.isEmpty() && !language.isEmpty(); }
    bool operator==(const Location &) const = default;

    static Location dashboard(const QString &region, const QString &language);
    static Location page(const QString &region, const QString &language, const QString &path);
    static Location imprint(const QString &region, const QString &language);
    static Location search(const QString &region, const QString &language, const QString &query);
    static Location events(const QString &region, const QString &language);
    static Location event(const QString &region, const QString &language, const QString &path);
    static Location places(const QString &region, const QString &language,
                           std::optional<int> category = std::nullopt);
    static Location place(const QString &region, const QString &language, const QString &path);
    static Location news(const QString &region, const QString &language,
                         const QString &source = {});
    static Location newsItem(const QString &region, const QString &language, const QString &id);
    static Location chat(const QString &region, const QString &language);

    /// The section showing this kind: "local", "events", "places", "news" or "chat".
    static QString sectionOf(Kind kind);
    QString section() const { return sectionOf(kind); }
    /// One item (a page, an event, a place, a news item) rather than a list or a start page.
    bool isItem() const;

    /// The same place in another language where that needs no lookup (dashboard, imprint,
    /// search, lists); pages lose their path, items become their section's list: they need
    /// their translation's path.
    Location inLanguage(const QString &language) const;
    /// For logs and test failures: "page augsburg/de /augsburg/de/willkommen/".
    QString toString() const;
    /// The same place in the Integreat web app (https://integreat.app/…): a page itself, anything
    /// else the start of its town and language.
    QUrl webUrl() const;
};

} // namespace integreat::desktop

Q_DECLARE_METATYPE(integreat::desktop::Location)
