#include "desktop/counsel/pairhtml.h"

#include "core/store/store.h"
#include "desktop/common/theme.h"
#include "desktop/events/eventhtml.h"
#include "desktop/news/newshtml.h"
#include "desktop/pages/pagehtml.h"
#include "desktop/places/placedetailhtml.h"
#include "desktop/presentation/languages.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace integreat::desktop {

QString PairHtml::of(const store::Store &store, const Location &route, const QString &resourceDir,
                     const EventDates &dates)
{
    const bool highContrast = Theme::current().highContrast;
    const bool rightToLeft =
        ContentLanguage::of(store.region(route.region), route.language).rightToLeft;
    switch (route.kind) {
    case Location::Kind::Page:
        if (const auto page = store.page(route.region, route.language, route.path)) {
            QList<PageHtml::Child> children;
            for (const model::Page &child :
                 store.childPages(route.region, route.language, page->path))
                children.append(
                    {child, store.childPages(route.region, route.language, child.path)});
            return PageHtml::page(*page, children, {resourceDir, QLocale(), highContrast});
        }
        break;
    case Location::Kind::Event:
        if (const auto event = store.event(route.region, route.language, route.path)) {
            const EventHtml::Options options{QLocale(), highContrast, rightToLeft};
            return EventHtml::page(*event, dates.date, dates.more, options);
        }
        break;
    case Location::Kind::Place:
        if (const auto place = store.place(route.region, route.language, route.path)) {
            PlaceDetailHtml::Options options;
            options.now = QDateTime::currentDateTime();
            options.zone = QTimeZone::systemTimeZone();
            options.highContrast = highContrast;
            options.rightToLeft = rightToLeft;
            return PlaceDetailHtml::detail(*place, {}, options);
        }
        break;
    case Location::Kind::NewsItem:
        for (const model::NewsItem &news : store.news(route.region, route.language)) {
            if (news.id == route.path)
                return NewsHtml::page(news, QLocale(), highContrast, rightToLeft);
        }
        break;
    default:
        break;
    }
    return {};
}

} // namespace integreat::desktop
