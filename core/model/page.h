#pragma once

#include "core/model/common.h"
#include "core/model/offer.h"

#include <QList>

namespace integreat::model {

/// A page of the region's "local information" tree (also used for the imprint).
struct Page : ContentBase
{
    QString parentPath; ///< empty for root pages
    int order = 0;      ///< sort key among siblings (not contiguous)
    std::optional<Organization> organization;
    QList<Offer> offers; ///< `embedded_offers`, shown as cards under the content
};

} // namespace integreat::model
