#pragma once

#include "core/store/store.h"
#include "corpus.h"
#include "desktop/common/settings.h"
#include "desktop/mainwindow/mainwindow.h"
#include "desktop/pages/externallinkdialog.h"
#include "desktop/presentation/location.h"
#include "desktop/sync/synccontroller.h"
#include "testserver.h"

#include <QAction>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <functional>
#include <memory>

namespace integreat::desktop {
class LocalInfoView;
}

namespace integreat::testing {

/// Runs the event loop until `done()` holds or `timeoutMs` passed; true when it held. It waits
/// for events (timers, queued signals from worker threads), it never sleeps.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 10000);

/// Types `text` into `field` key by key, as a user types (QTest::keyClicks takes ASCII only).
void typeText(QWidget *field, const QString &text);

/// The main window on a store synced from the corpus over a loopback server (augsburg in the
/// given languages), with a SyncController on the same data folder, settings in a temporary
/// INI file, and link opening recorded instead of handed to the desktop.
struct GuiFixture
{
    explicit GuiFixture(const QStringList &languages = {QStringLiteral("de"), QStringLiteral("ar")},
                        bool offline = false);
    ~GuiFixture();
    Q_DISABLE_COPY_MOVE(GuiFixture)

    QString dataDir() const { return dir.path(); }
    desktop::MainWindow &window() { return *mainWindow; }
    desktop::LocalInfoView &content();
    desktop::Location location() const { return mainWindow->currentLocation(); }

    /// Opens `location` as a new history entry (what a click does).
    void open(const desktop::Location &location);
    QStringList tileTitles();
    /// The plain text of the page on screen.
    QString pageText();
    QStringList breadcrumbs();
    QString noticeText();
    /// The header menu's entry with this text, or nullptr.
    QAction *menuAction(const QString &text);
    /// Types `text` into the header's search field (after what is there) and waits until the
    /// results of the whole text are shown; their count.
    int search(const QString &text);
    /// augsburg in `language` with its stored pages, to add events, news … to and apply again
    /// (nothing else changes unless set).
    store::LanguageContent storedPages(const QString &language = QStringLiteral("de")) const;
    /// augsburg with the chat switched on (the corpus region has it off) and a privacy notice,
    /// read again by the window as after a sync of the regions list.
    void enableChat();
    /// The path of a stored page by its title in `language`.
    QString pathOf(const QString &title, const QString &language = QStringLiteral("de")) const;

    TestServer server;
    QTemporaryDir dir;
    QTemporaryDir configDir;
    std::unique_ptr<store::Store> store;
    std::unique_ptr<desktop::Settings> settings;
    std::unique_ptr<desktop::SyncController> sync;
    std::unique_ptr<desktop::MainWindow> mainWindow;

    /// What the link router asked and opened.
    QList<QPair<desktop::ExternalLinkDialog::Kind, QUrl>> confirmations;
    QList<QUrl> opened;
    bool confirmAnswer = true;
};

} // namespace integreat::testing
