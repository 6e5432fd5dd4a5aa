#pragma once

#include "desktop/presentation/location.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <optional>

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

/// What --open LINK means on this computer: an https://integreat.app/… (or CMS) link, an
/// integreat:// link, or "region/language/path", resolved against what the store holds: every
/// route of the official app (pages, events, places, news, imprint, search) and the chat
/// (region/language/chat, where the town has it).
class DeepLink final
{
    Q_DECLARE_TR_FUNCTIONS(integreat::desktop::DeepLink)

public:
    struct Result
    {
        /// Where to start; when the exact target is not saved, the region's start page.
        std::optional<Location> location;
        /// Why the link could not be followed exactly (empty when it could).
        QString message;
        /// When the link's town or language is not saved: the region and language to download
        /// (empty otherwise).
        QString missingRegion;
        QString missingLanguage;
    };

    /// `preferredLanguage`: for links without a language (integreat.app/augsburg).
    static Result resolve(const QString &link, const QUrl &server, const store::Store &store,
                          const QString &preferredLanguage = {});
    /// The link as a URL the classifier understands (plain paths become integreat.app links;
    /// text with a scheme, such as mailto: or tel:, stays what it is and is no route).
    static QUrl toUrl(const QString &link);
};

} // namespace integreat::desktop
