#pragma once

#include <QString>
#include <QStringList>

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

class MainWindow;
class Settings;
class SyncController;

/// The main window's Places, Events and News sections: builds and wires their views, switches
/// between them and names the shown one. Works on the MainWindow's members (a friend).
class MainWindowSections final
{
public:
    MainWindowSections() = delete;

    /// Creates the Events, News and Places views, adds them to the section stack and wires them.
    static void build(MainWindow &window, store::Store &store, SyncController &sync,
                      Settings &settings, const QString &dataDir);
    /// Shows a section of the region: "local", "places", "events" or "news".
    static void show(MainWindow &window, const QString &id);
    /// Opens a news item in the news section (switching region and language if stored).
    static void openNewsItem(MainWindow &window, const QString &region, const QString &language,
                             const QString &id);
    /// Switches the content language and shows the same section again.
    static void switchLanguage(MainWindow &window, const QString &language);
    /// The leading window title parts for the shown section.
    static QStringList titleParts(const MainWindow &window);
    /// Shows the number of new news items on the News section tab.
    static void showNewsBadge(MainWindow &window, int count);
};

} // namespace integreat::desktop
