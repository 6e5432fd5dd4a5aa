#pragma once

#include "desktop/presentation/location.h"

#include <QUrl>
#include <QWidget>
#include <functional>
#include <memory>

class QPushButton;

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

class MainWindow;
class Settings;
class SyncController;
class TouchKeyboard;
class TouchStyle;

/// One visitor's session in a kiosk: the normal content (the main window, embedded, in a
/// locked state: no menu, no other towns, links become QR codes) under a bar with "Start
/// over" and "Take this page with you". Its settings live only in memory, so nothing of the
/// visitor reaches the disk; deleting the session drops every trace (history, search,
/// scroll positions, filters, opened news, the in-app notification list). The search field
/// brings up an on-screen keyboard in the visitor's script.
class KioskSession final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskSession)

public:
    /// Shows a URL that would leave the app (as a QR code).
    using LinkHandler = std::function<void(const QUrl &)>;

    KioskSession(store::Store &store, SyncController &sync, const QString &dataDir,
                 LinkHandler links, QWidget *parent);
    ~KioskSession() override;

    /// Offers only these sections ("local", "places", "events", "news"; empty: all) in the
    /// configured order: other sections' tabs, search hits and routes are left out.
    void setSections(const QStringList &ids);
    /// Starts at the first offered section of `region` in `language`.
    void start(const QString &region, const QString &language);
    MainWindow *window() const { return m_window; }
    QPushButton *startOverButton() const { return m_startOver; }
    QPushButton *takeAlongButton() const { return m_takeAlong; }
    /// The on-screen keyboard: shown while the search field has the focus.
    TouchKeyboard *keyboard() const { return m_keyboard; }

    /// The settings file name of a session: inside /dev/null, which can never be a folder, so
    /// QSettings keeps every value in memory and its writes fail without touching a disk.
    static QString volatileSettingsPath();
    /// The public web address of `location` (https://integreat.app/…).
    static QUrl webUrl(const Location &location);

signals:
    void startOverRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void lockDown();
    void showKeyboard();

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<TouchStyle> m_touchStyle; ///< outlives the window's search field
    MainWindow *m_window = nullptr;
    LinkHandler m_links;
    QStringList m_sections;
    QPushButton *m_startOver;
    QPushButton *m_takeAlong;
    TouchKeyboard *m_keyboard;
};

} // namespace integreat::desktop
