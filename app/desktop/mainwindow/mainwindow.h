#pragma once

#include "desktop/pages/navigator.h"
#include "desktop/presentation/location.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLineEdit;
class QNetworkAccessManager;
class QStackedWidget;
class QVBoxLayout;

namespace integreat::store {
class Store;
}
namespace integreat::feedback {
class FeedbackOutbox;
}

namespace integreat::desktop {

class CounselTools;
class EventsView;
class NewsReadState;
class NewsView;
class NotificationCenter;
class PackImporter;
class HeaderBar;
class LocalInfoView;
class PlacesView;
class ChatSection;
class SearchFlow;
class SearchRunner;
class Section;
class SectionShell;
class SectionBar;
class Settings;
class SettingsDialog;
class BackgroundRefresher;
class SyncController;
class SyncPresenter;

/// The main window: a header (region with Change, search, content language, sync state,
/// menu), the region's sections (Local information, Places, Events, News: each a Section) and
/// the shown section. One history (Navigator) over every section's routes: a route change
/// shows the section it belongs to. Reads the store on the GUI thread; every network use goes
/// through the SyncController.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// The town the user picked elsewhere (first-run flow): region and languages, or nothing.
    struct RegionChoice
    {
        QString region;
        QStringList languages;
    };
    using RegionFinder = std::function<std::optional<RegionChoice>()>;

    MainWindow(store::Store &store, SyncController &sync, Settings &settings,
               const QString &dataDir, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Starts at `location` with a fresh history.
    void start(const Location &location);
    /// Opens `location` as a new history entry.
    void open(const Location &location);
    /// Lets "Find another town…" run the first-run flow.
    void setRegionFinder(RegionFinder finder);

    Navigator &navigator() { return m_navigator; }
    Location currentLocation() const { return m_navigator.current(); }
    HeaderBar *header() const { return m_header; }
    SectionBar *sectionBar() const { return m_sectionBar; }
    SectionShell *sectionShell() const { return m_shell; }
    LocalInfoView *localInformation() const { return m_localInfo; }
    EventsView *eventsView() const { return m_events; }
    NewsView *newsView() const { return m_news; }
    PlacesView *placesView() const { return m_placesView; }
    /// "Ask Integreat" (shown where the region has the chat).
    ChatSection *chatSection() const { return m_chat; }
    /// News notifications: the watcher (started by the app), the in-app list, the notifier.
    NotificationCenter *notifications() const { return m_notifications; }
    /// Keeps every saved town fresh in the background (started by the app).
    BackgroundRefresher *refresher() const { return m_refresher; }
    /// Imports content packs (started in Settings → Saved content, or by importPack); its
    /// import outlives the settings.
    PackImporter *packImporter() const { return m_packImporter; }
    /// Feedback on pages, events and places: sent at once or queued until the next sync
    /// (mainwindowfeedback.cpp).
    feedback::FeedbackOutbox *feedbackOutbox() const { return m_feedback.get(); }
    /// Kiosk mode has no feedback: the boxes under the items are hidden.
    void setFeedbackEnabled(bool enabled);
    /// Read aloud, End session … (app/desktop/counsel).
    CounselTools *counsel() const { return m_counsel; }
    /// Raises the window and opens a news item in its region and language (if stored).
    void openNewsItem(const QString &region, const QString &language, const QString &id);
    /// Raises the window and opens `link` as --open does (DeepLink::resolve): an Integreat
    /// link of any route, integreat://…, or region/language/path. What is not saved is said
    /// in a notice that offers to download it. Empty: only comes forward.
    void openLink(const QString &link);
    /// Raises the window and imports the content pack `file` in Settings → Saved content, which
    /// shows how it went (a pack file given on the command line or handed over by a second start).
    void importPack(const QString &file);
    /// Shows a section of the region ("local", "places", "events", "news") where it was left,
    /// as a new history entry.
    void showSection(const QString &id);
    /// The section on screen.
    Section *currentSection() const;
    QLineEdit *searchField() const;

    /// Downloads every saved language of the current region.
    void syncNow();
    /// Asks the server for the region list, to learn whether it can be reached.
    void checkConnection();
    /// Switches the content language (the current page's translation where it exists).
    void switchLanguage(const QString &language);
    /// Re-reads the theme and text size from the settings and shows everything again.
    void applySettings();
    /// Applies Settings → Shared computer: the End session button, the automatic end after a
    /// time without use, and writing nothing of a client (the last place, news read marks and
    /// the file dialogs' folders stay as configured).
    void applySharedComputer();
    /// Whether the current region's content is older than `maxAgeSecs` (or never synced).
    bool isStale(qint64 maxAgeSecs) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    /// The counseling tools (their row above the sections, side by side beside them) and what
    /// an ended session clears here.
    void createCounselTools(QVBoxLayout *layout);
    /// The feedback outbox, the boxes under the items, sending queued feedback after a sync.
    void createFeedback();
    void onLocationChanged(const Location &location);
    void updateHeader(const Location &location);
    /// Reads the shown section again in place; the others when they are shown next.
    void refreshContent();
    void raiseWindow();
    void offerDownload(const QString &text, const QString &region, const QString &language);
    void openRegion(const QString &region, const QString &preferredLanguage = {});
    void findRegion();
    /// The settings; `packFile`: importing it starts at once (importPack).
    void showSettings(const QString &packFile = {});
    /// After regions were deleted in the settings: another region, or the same place.
    void showAfterDeleting(const QStringList &deleted);
    void showAbout();
    void changeTextScale(int delta);
    void updateWindowTitle();
    /// Runs a read of the store (StoreGuard): a StoreError becomes a notice, not a crash.
    bool readStore(const std::function<void()> &read) const;

    store::Store &m_store;
    SyncController &m_sync;
    Settings &m_settings;
    QString m_dataDir;
    Navigator m_navigator;
    SearchRunner *m_searchRunner;
    HeaderBar *m_header;
    SectionBar *m_sectionBar;
    QStackedWidget *m_sectionStack;
    SectionShell *m_shell;
    SearchFlow *m_searchFlow = nullptr;
    std::unique_ptr<NewsReadState> m_newsRead;
    LocalInfoView *m_localInfo;
    EventsView *m_events;
    NewsView *m_news;
    PlacesView *m_placesView;
    ChatSection *m_chat = nullptr;
    SyncPresenter *m_syncPresenter;
    RegionFinder m_regionFinder;
    QPointer<SettingsDialog> m_settingsDialog; ///< while the settings are open
    QString m_shownRegion;
    QString m_shownLanguage;
    QAction *m_syncAction = nullptr;
    NotificationCenter *m_notifications = nullptr;
    BackgroundRefresher *m_refresher = nullptr;
    PackImporter *m_packImporter = nullptr;
    CounselTools *m_counsel = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_feedbackNetwork; ///< before the outbox using it
    std::unique_ptr<feedback::FeedbackOutbox> m_feedback;
};

} // namespace integreat::desktop
