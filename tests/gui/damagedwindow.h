// A main window on the demo town whose store has one table damaged on disk, for the tests of
// StoreGuard (test_storeerrors.cpp, test_storestatus.cpp).
#pragma once

#include "core/paths/datapaths.h"
#include "core/store/database.h"
#include "core/store/store.h"
#include "desktop/common/settings.h"
#include "desktop/firstrun/demopack.h"
#include "desktop/mainwindow/mainwindow.h"
#include "desktop/sync/synccontroller.h"
#include "storeaccess.h"

#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <catch2/catch.hpp>
#include <memory>

namespace integreat::testing {

/// The demo town in `dir`, its `table` then damaged on disk (the table's root b-tree page
/// overwritten), as a disk error or a crash in the wrong place leaves it.
inline void damagedDemo(const QTemporaryDir &dir, const QString &table)
{
    const QString path = paths::DataPaths(dir.path()).storeFile();
    qint64 root = 0, pageSize = 0;
    {
        store::Store store(path);
        desktop::DemoPack::import(store, dir.path(), QUrl(QStringLiteral("http://127.0.0.1:9")),
                                  {QStringLiteral("de")});
        store::Database &db = StoreAccess::database(store);
        db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        root = db.queryInt(
            QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = '%1'").arg(table));
        pageSize = db.queryInt(QStringLiteral("PRAGMA page_size"));
    }
    REQUIRE(root > 0);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((root - 1) * pageSize));
    REQUIRE(file.write(QByteArray(int(pageSize), '\x7f')) == pageSize);
}

/// A main window on the demo town with `table` damaged (members in this order: the damage
/// comes first).
struct DamagedWindow
{
    explicit DamagedWindow(const QString &damagedTable = QStringLiteral("pages"))
        : table(damagedTable)
    {
    }

    QString table;
    QTemporaryDir dir;
    QTemporaryDir configDir;
    QUrl server{QStringLiteral("http://127.0.0.1:9")};
    bool damaged = (damagedDemo(dir, table), true);
    store::Store store{paths::DataPaths(dir.path()).storeFile()};
    desktop::Settings settings{configDir.filePath(QStringLiteral("settings.ini"))};
    desktop::SyncController sync{dir.path(), server, true};
    std::unique_ptr<desktop::MainWindow> window =
        std::make_unique<desktop::MainWindow>(store, sync, settings, dir.path());
};

} // namespace integreat::testing
