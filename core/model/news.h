#pragma once

#include "core/model/common.h"

namespace integreat::model {

struct NewsItem
{
    QString id;      ///< local-123, tunews-42; plain integer ids become local-<n>
    QString source;  ///< local, tunews, amalnews
    QString title;   ///< entities decoded
    QString content; ///< plain text (local) or HTML (external), entities decoded
    QDateTime lastUpdated;
    QDateTime displayDate; ///< sort key; falls back to last_updated / timestamp
    /// When the item was published (`published_at`, CMS 2026.9); invalid when the CMS did not say.
    QDateTime publishedAt;
    QString channel;
    QString externalUrl;
    AvailableLanguages availableLanguages; ///< language code -> news id

    /// The date to show: the publication date, else the display date, else the last update.
    QDateTime shownDate() const
    {
        if (publishedAt.isValid())
            return publishedAt;
        return displayDate.isValid() ? displayDate : lastUpdated;
    }
};

} // namespace integreat::model
