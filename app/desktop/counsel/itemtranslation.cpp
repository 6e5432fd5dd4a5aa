#include "desktop/counsel/itemtranslation.h"

#include "core/store/store.h"

namespace integreat::desktop {

model::AvailableLanguages ItemTranslation::available(const store::Store &store,
                                                     const Location &item)
{
    switch (item.kind) {
    case Location::Kind::Page:
        if (const auto page = store.page(item.region, item.language, item.path))
            return page->availableLanguages;
        break;
    case Location::Kind::Event:
        if (const auto event = store.event(item.region, item.language, item.path))
            return event->availableLanguages;
        break;
    case Location::Kind::Place:
        if (const auto place = store.place(item.region, item.language, item.path))
            return place->availableLanguages;
        break;
    case Location::Kind::NewsItem:
        for (const model::NewsItem &news : store.news(item.region, item.language)) {
            if (news.id == item.path)
                return news.availableLanguages;
        }
        break;
    default:
        break;
    }
    return {};
}

std::optional<Location> ItemTranslation::in(const store::Store &store, const Location &item,
                                            const QString &language)
{
    if (language == item.language)
        return item;
    const QString target = available(store, item).value(language);
    if (target.isEmpty())
        return std::nullopt;
    Location translated = item;
    translated.language = language;
    translated.path = target;
    return translated;
}

} // namespace integreat::desktop
