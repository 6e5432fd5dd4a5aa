// Shared by test_firstrun.cpp and test_firstrun_sync.cpp: a data folder with its store and a
// SyncController against the loopback test server.
#pragma once

#include "core/api/httpclient.h"
#include "core/paths/datapaths.h"
#include "core/store/store.h"
#include "desktop/sync/synccontroller.h"

#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace integreat::testing {

/// One attempt per request (a single 500 fails a language) and a long transfer timeout (a
/// stalled server is ended by cancel, not by the timeout).
inline api::HttpOptions fastOptions()
{
    api::HttpOptions options;
    options.transferTimeoutMs = 20000;
    options.retry.maxAttempts = 1;
    return options;
}

/// A data folder, its store, and a SyncController against `server`.
struct Desk
{
    explicit Desk(const QUrl &server, bool offline = false)
        : sync(dir.path(), server, offline)
    {
        sync.setHttpOptions(fastOptions());
        store = std::make_unique<store::Store>(paths::DataPaths(dir.path()).storeFile());
    }
    QTemporaryDir dir;
    desktop::SyncController sync;
    std::unique_ptr<store::Store> store;
};

} // namespace integreat::testing
