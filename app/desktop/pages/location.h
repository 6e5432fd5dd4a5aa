#pragma once

#include <QMetaType>
#include <QString>

namespace integreat::desktop {

/// Where the content area is: one entry of the Back/Forward history.
struct Location
{
    enum class Kind
    {
        Dashboard, ///< the region's top-level pages as tiles
        Page,      ///< a category or leaf page (`path`)
        Imprint,   ///< the region's imprint
        Search,    ///< search results for `query`
    };

    Kind kind = Kind::Dashboard;
    QString region;
    QString language;
    QString path;  ///< Page only
    QString query; ///< Search only

    bool isValid() const { return !region.isEmpty() && !language.isEmpty(); }
    bool operator==(const Location &) const = default;

    static Location dashboard(const QString &region, const QString &language);
    static Location page(const QString &region, const QString &language, const QString &path);
    static Location imprint(const QString &region, const QString &language);
    static Location search(const QString &region, const QString &language, const QString &query);

    /// The same place in another language where that needs no lookup (dashboard, imprint,
    /// search); pages need their translation's path.
    Location inLanguage(const QString &language) const;
    /// For logs and test failures: "page augsburg/de /augsburg/de/willkommen/".
    QString toString() const;
};

} // namespace integreat::desktop

Q_DECLARE_METATYPE(integreat::desktop::Location)
