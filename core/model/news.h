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
    QString channel;
    QString externalUrl;
    AvailableLanguages availableLanguages; ///< language code -> news id
};

} // namespace integreat::model
