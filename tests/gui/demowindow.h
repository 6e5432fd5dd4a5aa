#pragma once

#include "core/paths/datapaths.h"
#include "core/store/store.h"
#include "desktop/common/settings.h"
#include "desktop/firstrun/demopack.h"
#include "desktop/mainwindow/mainwindow.h"
#include "desktop/presentation/location.h"
#include "desktop/sync/synccontroller.h"
#include "guifixture.h"

#include <QTemporaryDir>
#include <QUrl>

namespace integreat::testing {

/// The main window at 1280×800 on the demo town only (no corpus, no server: 127.0.0.1:9
/// refuses), showing the dashboard in `language` (de, en or ar).
struct DemoWindow
{
    explicit DemoWindow(const QString &language = QStringLiteral("de"))
    {
        desktop::DemoPack::import(store, dir.path(), server, {language});
        window.resize(1280, 800);
        window.start(desktop::Location::dashboard(desktop::DemoPack::regionSlug(), language));
        window.show();
        waitUntil([this] { return window.isVisible(); });
    }
    QTemporaryDir dir;
    QTemporaryDir configDir;
    QUrl server{QStringLiteral("http://127.0.0.1:9")};
    store::Store store{paths::DataPaths(dir.path()).storeFile()};
    desktop::Settings settings{configDir.filePath(QStringLiteral("settings.ini"))};
    desktop::SyncController sync{dir.path(), server, false};
    desktop::MainWindow window{store, sync, settings, dir.path()};
};

} // namespace integreat::testing
