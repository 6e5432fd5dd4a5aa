#pragma once

#include "core/sync/packimporter.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

/// The demo town embedded in the program (resources/demo: "Musterstadt", German, English and
/// Arabic), for a first start without network.
class DemoPack final
{
public:
    DemoPack() = delete;

    /// The pack's folder inside the Qt resources (":/demo").
    static QString directory();
    /// The demo region's slug ("musterstadt").
    static QString regionSlug();
    /// Imports `languages` of the demo (empty: all) into `store` and its images into
    /// <dataDir>/resources, with content HTML sanitized as a sync does (`server`: the CMS the
    /// app syncs from, the base for relative URLs).
    static sync::PackReport import(store::Store &store, const QString &dataDir,
                                   const QUrl &server = {}, const QStringList &languages = {});
};

} // namespace integreat::desktop
