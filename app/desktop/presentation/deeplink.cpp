#include "desktop/presentation/deeplink.h"

#include "core/content/linkclassifier.h"
#include "core/store/store.h"
#include "desktop/presentation/languages.h"
#include "desktop/presentation/pagelookup.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {
// A region's slug as the CMS makes them ("augsburg", "kreis-ahrweiler"): never "x@y" or "a:b".
bool isRegionSlug(const QString &region)
{
    return !region.isEmpty() && std::all_of(region.cbegin(), region.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == u'-' || c == u'_';
    });
}
} // namespace

QUrl DeepLink::toUrl(const QString &link)
{
    const QString text = link.trimmed();
    const QUrl url(text);
    // Anything with a scheme is a URL (mailto:, tel:, file: ... are no route: the classifier
    // says what they are); only text without one is a region route.
    if (!url.scheme().isEmpty())
        return url;
    // region/language/path, with or without slashes around it.
    QString path = text;
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    return QUrl(u"https://integreat.app/"_s + path);
}

DeepLink::Result DeepLink::resolve(const QString &link, const QUrl &server,
                                   const store::Store &store, const QString &preferredLanguage)
{
    Result result;
    const content::LinkTarget target = content::classifyLink(toUrl(link), server);
    if (target.kind != content::LinkKind::Internal || !isRegionSlug(target.region)) {
        result.message = tr("“%1” is not a link to a page of an Integreat town.").arg(link);
        return result;
    }
    const PageLookup lookup(store);
    const QStringList languages = lookup.storedLanguages(target.region);
    if (languages.isEmpty()) {
        result.missingRegion = target.region;
        result.missingLanguage = !target.language.isEmpty()     ? target.language
                                 : !preferredLanguage.isEmpty() ? preferredLanguage
                                                                : u"de"_s;
        const auto region = store.region(target.region);
        result.message = tr("“%1” in %2 is not saved on this computer.")
                             .arg(region ? region->name : target.region,
                                  ContentLanguage::of(region, result.missingLanguage).nativeName);
        return result;
    }
    const QString fallback =
        languages.contains(preferredLanguage) ? preferredLanguage : languages.constFirst();
    const content::LinkTarget full = content::withLanguage(target, fallback);
    const Location from = Location::dashboard(target.region, fallback);
    if (const auto location = lookup.resolve(full, from)) {
        result.location = location;
        return result;
    }
    const bool languageStored = languages.contains(full.language);
    const QString language = languageStored ? full.language : fallback;
    result.location = Location::dashboard(target.region, language);
    if (languageStored && full.route == u"chat"_s) {
        result.message = tr("The chat is not available in this town.");
    } else if (languageStored) {
        result.message = tr("The linked page is not saved on this computer.");
    } else {
        result.missingRegion = target.region;
        result.missingLanguage = full.language;
        result.message =
            tr("The linked page is in %1, which is not saved on this computer.")
                .arg(ContentLanguage::of(store.region(target.region), full.language).nativeName);
    }
    return result;
}

} // namespace integreat::desktop
