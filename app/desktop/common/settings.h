#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

class QSettings;

namespace integreat::desktop {

/// The user's settings, typed, in an INI file in the config location
/// (~/.config/integreat-desktop/integreat-desktop.ini). The data folder (--data-dir) does not
/// move them. Every setter writes through; values read back clamped to what the app supports.
class Settings final
{
    Q_DISABLE_COPY_MOVE(Settings)

public:
    static constexpr int MinTextScale = 75;
    static constexpr int MaxTextScale = 200;
    static constexpr int CurrentVersion = 1;
    static constexpr int MinNewsPollMinutes = 1;
    static constexpr int DefaultNewsPollMinutes = 15;
    static constexpr int MinRefreshHours = 1;
    static constexpr int MaxRefreshHours = 7 * 24;
    static constexpr int DefaultRefreshHours = 6;
    static constexpr int MinIdleEndMinutes = 5;
    static constexpr int MaxIdleEndMinutes = 60;
    static constexpr int DefaultIdleEndMinutes = 15;

    /// The standard file in the user's config location (DataPaths::settingsFile()).
    Settings();
    /// A given INI file (tests).
    explicit Settings(const QString &iniFile);
    ~Settings();

    QString fileName() const;

    /// UI language code ("de", "ar"...); empty = follow the system locale.
    QString uiLanguage() const;
    void setUiLanguage(const QString &code);

    /// Text size in percent of the normal size, 75–200, for content and UI.
    int textScale() const;
    void setTextScale(int percent);

    bool highContrast() const;
    void setHighContrast(bool on);

    /// A computer shared by counselors and their clients: End session is a button in the window,
    /// and nothing of a client is written (last place, news read marks, file dialog folders).
    bool sharedComputer() const;
    void setSharedComputer(bool on);
    /// On a shared computer: end the session after this many minutes without use (5–60);
    /// 0 = never (the default).
    int idleEndMinutes() const;
    void setIdleEndMinutes(int minutes);

    /// The region and content language shown last (start there next time); on a shared computer
    /// the ones the counselor configured (the window does not change them).
    QString lastRegion() const;
    QString lastLanguage() const;
    void setLastPlace(const QString &region, const QString &language);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    /// Desktop notifications of new local news for a (region, language); `fallback` when unset
    /// (on for regions with local news).
    bool newsNotifications(const QString &region, const QString &language, bool fallback) const;
    void setNewsNotifications(const QString &region, const QString &language, bool on);
    /// Minutes between news polls while the app runs, at least MinNewsPollMinutes (default 15).
    int newsPollMinutes() const;
    void setNewsPollMinutes(int minutes);
    /// Hours between background updates of every saved town while the app runs (default 6).
    int refreshHours() const;
    void setRefreshHours(int hours);
    /// The in-app notification list as JSON (NotificationList reads and writes it).
    QByteArray notificationLog() const;
    void setNotificationLog(const QByteArray &json);

    void sync();

private:
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace integreat::desktop
