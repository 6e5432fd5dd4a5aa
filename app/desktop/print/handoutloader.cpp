#include "desktop/print/handoutloader.h"

#include "core/content/bidi.h"
#include "core/store/store.h"
#include "desktop/print/handouthtml.h"
#include "desktop/print/weekloader.h"
#include "translations/catalogs.h"

#include <QTimeZone>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace integreat::print {

Handout::Spec HandoutLoader::emptySpec(const store::Store &store, const HandoutRequest &request)
{
    Handout::Spec spec;
    spec.printed = QDate::currentDate();
    spec.resourceDir = request.resourceDir;
    spec.regionName = request.region;
    if (const auto region = store.region(request.region); region && !region->name.isEmpty())
        spec.regionName = region->name;
    return spec;
}

Handout::Column HandoutLoader::emptyColumn(const store::Store &store, const QString &region,
                                           const QString &language)
{
    Handout::Column column;
    column.language = language;
    column.rightToLeft = content::bidi::isRightToLeftLanguage(language);
    if (const auto stored = store.region(region)) {
        for (const model::Language &known : stored->languages) {
            if (known.code == language) {
                column.languageName = known.nativeName;
                column.rightToLeft = known.rightToLeft;
            }
        }
    }
    return column;
}

HandoutHtml::Options HandoutLoader::options(const QString &language, QTranslator &translator)
{
    HandoutHtml::Options options;
    options.locale = QLocale(language);
    options.now = QDateTime::currentDateTime();
    options.zone = QTimeZone::systemTimeZone();
    if (translator.load(i18n::catalogPath(language)))
        options.translator = &translator;
    return options;
}

std::optional<Handout::Column> HandoutLoader::column(const store::Store &store,
                                                     const QString &region, const QString &language,
                                                     const QString &path, QStringList *languages)
{
    Handout::Column column = emptyColumn(store, region, language);
    QTranslator translator;
    const HandoutHtml::Options options = HandoutLoader::options(language, translator);
    const model::ContentBase *item = nullptr;
    std::optional<model::Page> page;
    std::optional<model::Place> place;
    std::optional<model::Event> event;
    if ((page = store.page(region, language, path))) {
        column.bodyHtml =
            HandoutHtml::page(*page, store.childPages(region, language, path), options);
        item = &*page;
    } else if ((place = store.place(region, language, path))) {
        column.bodyHtml = HandoutHtml::place(*place, options);
        item = &*place;
    } else if ((event = store.event(region, language, path))) {
        column.bodyHtml = HandoutHtml::event(*event, options);
        item = &*event;
    } else {
        return std::nullopt;
    }
    column.lastUpdated = item->lastUpdated;
    column.sourceUrl = Handout::webUrl(item->path);
    if (languages)
        *languages = item->availableLanguages.keys();
    return column;
}

HandoutLoader::Result HandoutLoader::load(const store::Store &store, const HandoutRequest &request)
{
    if (request.week)
        return WeekLoader::load(store, request);
    Result result;
    Handout::Spec spec = emptySpec(store, request);

    QStringList translations;
    const auto first = column(store, request.region, request.language, request.path, &translations);
    if (!first) {
        result.error = tr("%1 is not in the local store for %2 (%3).")
                           .arg(request.path, request.region, request.language);
        return result;
    }
    spec.columns << *first;
    if (!request.secondLanguage.isEmpty() && request.secondLanguage != request.language) {
        const auto item = store.page(request.region, request.language, request.path);
        const auto place = store.place(request.region, request.language, request.path);
        const auto event = store.event(request.region, request.language, request.path);
        const model::AvailableLanguages available = item    ? item->availableLanguages
                                                    : place ? place->availableLanguages
                                                    : event ? event->availableLanguages
                                                            : model::AvailableLanguages{};
        const QString secondPath = available.value(request.secondLanguage);
        const auto second =
            secondPath.isEmpty()
                ? std::nullopt
                : column(store, request.region, request.secondLanguage, secondPath, nullptr);
        if (!second) {
            result.error =
                secondPath.isEmpty()
                    ? tr("This item does not exist in “%1”. It exists in: %2.")
                          .arg(request.secondLanguage, translations.isEmpty()
                                                           ? tr("no other language")
                                                           : translations.join(u", "_s))
                    : tr("The “%1” version of this item is not stored; sync that language first.")
                          .arg(request.secondLanguage);
            return result;
        }
        spec.columns << *second;
    }
    result.spec = std::move(spec);
    return result;
}

} // namespace integreat::print
