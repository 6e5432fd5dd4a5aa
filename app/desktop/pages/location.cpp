#include "pages/location.h"

using namespace Qt::StringLiterals;

namespace integreat::desktop {

Location Location::dashboard(const QString &region, const QString &language)
{
    return Location{Kind::Dashboard, region, language, {}, {}};
}

Location Location::page(const QString &region, const QString &language, const QString &path)
{
    return Location{Kind::Page, region, language, path, {}};
}

Location Location::imprint(const QString &region, const QString &language)
{
    return Location{Kind::Imprint, region, language, {}, {}};
}

Location Location::search(const QString &region, const QString &language, const QString &query)
{
    return Location{Kind::Search, region, language, {}, query};
}

Location Location::inLanguage(const QString &newLanguage) const
{
    Location moved = *this;
    moved.language = newLanguage;
    if (kind == Kind::Page)
        moved.path.clear();
    return moved;
}

QString Location::toString() const
{
    QString name;
    switch (kind) {
    case Kind::Dashboard:
        name = u"dashboard"_s;
        break;
    case Kind::Page:
        name = u"page"_s;
        break;
    case Kind::Imprint:
        name = u"imprint"_s;
        break;
    case Kind::Search:
        name = u"search"_s;
        break;
    }
    QString text = name + u' ' + region + u'/' + language;
    if (!path.isEmpty())
        text += u' ' + path;
    if (kind == Kind::Search)
        text += u" \""_s + query + u'"';
    return text;
}

} // namespace integreat::desktop
