#include "desktop/firstrun/demopack.h"

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE has to be called outside any namespace; calling it also keeps the demo's
// resources in the static library when an executable links it.
static void initDemoResources()
{
    Q_INIT_RESOURCE(demo);
}

namespace integreat::desktop {

QString DemoPack::directory()
{
    static const bool initialized = [] {
        initDemoResources();
        return true;
    }();
    Q_UNUSED(initialized);
    return u":/demo"_s;
}

QString DemoPack::regionSlug()
{
    return u"musterstadt"_s;
}

sync::PackReport DemoPack::import(store::Store &store, const QString &dataDir, const QUrl &server,
                                  const QStringList &languages)
{
    sync::PackImporter importer(store, dataDir);
    importer.setServer(server);
    return importer.import(directory(), languages);
}

} // namespace integreat::desktop
