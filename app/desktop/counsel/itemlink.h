#pragma once

#include "desktop/presentation/location.h"

#include <QUrl>

namespace integreat::desktop {

/// The official web app's link of an item on screen (https://integreat.app/…): what a phone
/// opens from a QR code. Pages, events and places by their path, news items by their id.
class ItemLink final
{
public:
    /// The link of `location` in its language; empty for routes that are not one item.
    static QUrl webUrl(const Location &location);
};

} // namespace integreat::desktop
