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

/// The main window at 1280×800 on the demo town only (no corpus), showing the dashboard in
/// `language` (de, en or ar). Its server is 127.0.0.1:9 (refuses) unless one is given (the
/// test server, for feedback); `sharedComputer`: Settings → Shared computer, before the window
/// exists.
struct DemoWindow
{
    struct Options
    {
        QString language = QStringLiteral("de");
        QUrl server{QStringLiteral("http://127.0.0.1:9")};
        bool sharedComputer = false;
    };

    explicit DemoWindow(const QString &language = QStringLiteral("de"))
        : DemoWindow(Options{language})
    {
    }
    explicit DemoWindow(const Options &chosen)
        : options(chosen)
    {
        desktop::DemoPack::import(store, dir.path(), server, {options.language});
        window.resize(1280, 800);
        window.start(
            desktop::Location::dashboard(desktop::DemoPack::regionSlug(), options.language));
        window.show();
        waitUntil([this] { return window.isVisible(); });
    }
    Options options;
    QTemporaryDir dir;
    QTemporaryDir configDir;
    QUrl server{options.server};
    store::Store store{paths::DataPaths(dir.path()).storeFile()};
    desktop::Settings settings{configDir.filePath(QStringLiteral("settings.ini"))};
    bool sharedComputer = setSharedComputer(settings, options.sharedComputer);
    desktop::SyncController sync{dir.path(), server, false};
    desktop::MainWindow window{store, sync, settings, dir.path()};

private:
    static bool setSharedComputer(desktop::Settings &settings, bool on)
    {
        if (on) // a plain demo window writes no setting
            settings.setSharedComputer(true);
        return on;
    }
};

} // namespace integreat::testing
