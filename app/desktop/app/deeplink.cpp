#include "app/deeplink.h"

#include "content/linkclassifier.h"
#include "pages/pagelookup.h"
#include "store/store.h"

using namespace Qt::StringLiterals;

namespace integreat::desktop {

QUrl DeepLink::toUrl(const QString &link)
{
    const QString text = link.trimmed();
    const QUrl url(text);
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s || scheme == u"http"_s || scheme == u"integreat"_s)
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
    if (target.kind != content::LinkKind::Internal || target.region.isEmpty()) {
        result.message = tr("“%1” is not a link to a page of an Integreat town.").arg(link);
        return result;
    }
    const PageLookup lookup(store);
    const QStringList languages = lookup.storedLanguages(target.region);
    if (languages.isEmpty()) {
        result.message = tr("“%1” is not saved on this computer.").arg(target.region);
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
    const QString language = languages.contains(full.language) ? full.language : fallback;
    result.location = Location::dashboard(target.region, language);
    result.message = languages.contains(full.language)
                         ? tr("The linked page is not saved on this computer.")
                         : tr("The linked page is in a language that is not saved on this "
                              "computer.");
    return result;
}

} // namespace integreat::desktop
