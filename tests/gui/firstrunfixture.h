// Shared by test_firstrun.cpp and test_firstrun_sync.cpp: a data folder with its store and a
// SyncController against the loopback test server.
#pragma once

#include "core/api/httpclient.h"
#include "core/paths/datapaths.h"
#include "core/store/store.h"
#include "desktop/firstrun/firstrunwizard.h"
#include "desktop/firstrun/languagepage.h"
#include "desktop/firstrun/regionlist.h"
#include "desktop/sync/synccontroller.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
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

/// The first-run wizard on a Desk, shown, in English, without Nearby.
struct Wizard
{
    explicit Wizard(Desk &desk)
        : wizard(desk.sync, *desk.store)
    {
        wizard.setNearbyEnabled(false);
        wizard.setUiLanguage(QStringLiteral("en"));
        wizard.show();
    }
    desktop::FirstRunWizard wizard;
    QLineEdit *search() const { return wizard.findChild<QLineEdit *>(); }
    desktop::RegionList *list() const { return wizard.findChild<desktop::RegionList *>(); }
    QPushButton *button(const QString &text) const
    {
        for (QPushButton *b : wizard.findChildren<QPushButton *>()) {
            if (b->text() == text && b->isVisible())
                return b;
        }
        return nullptr;
    }
    QStringList rows() const
    {
        QStringList out;
        for (int i = 0; i < list()->model()->rowCount(); ++i)
            out << list()->model()->index(i, 0).data().toString();
        return out;
    }
    bool regionsShown() const { return search()->isEnabled() && list()->regionCount() > 0; }
    QCheckBox *languageBox(const QString &code) const
    {
        for (QCheckBox *box : wizard.languagePage()->findChildren<QCheckBox *>()) {
            if (box->property("languageCode").toString() == code)
                return box;
        }
        return nullptr;
    }
    bool closed() const { return !wizard.isVisible(); }
};

} // namespace integreat::testing
