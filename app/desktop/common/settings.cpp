#include "desktop/common/settings.h"

#include "core/paths/datapaths.h"

#include <QSettings>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {
const QString VersionKey = u"internal/version"_s;
const QString UiLanguageKey = u"ui/language"_s;
const QString TextScaleKey = u"ui/text_scale"_s;
const QString HighContrastKey = u"ui/high_contrast"_s;
const QString SharedComputerKey = u"session/shared_computer"_s;
const QString IdleEndKey = u"session/idle_end_minutes"_s;
const QString GeometryKey = u"ui/window_geometry"_s;
const QString LastRegionKey = u"content/last_region"_s;
const QString LastLanguageKey = u"content/last_language"_s;
const QString NewsPollKey = u"notifications/poll_minutes"_s;
const QString RefreshHoursKey = u"sync/refresh_hours"_s;
const QString NotificationLogKey = u"notifications/log"_s;

QString newsNotificationsKey(const QString &region, const QString &language)
{
    return u"news_notifications/%1_%2"_s.arg(region, language);
}
} // namespace

Settings::Settings()
    : Settings(paths::DataPaths::settingsFile())
{
}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    migrate();
}

Settings::~Settings() = default;

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::migrate()
{
    const int version = m_settings->value(VersionKey, 0).toInt();
    if (version >= CurrentVersion)
        return;
    // Version 1 is the first layout; later versions rename or convert keys here, step by step.
    m_settings->setValue(VersionKey, CurrentVersion);
}

QString Settings::uiLanguage() const
{
    return m_settings->value(UiLanguageKey).toString();
}

void Settings::setUiLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings->remove(UiLanguageKey);
    else
        m_settings->setValue(UiLanguageKey, code);
}

int Settings::textScale() const
{
    bool ok = false;
    const int value = m_settings->value(TextScaleKey, 100).toInt(&ok);
    return ok ? std::clamp(value, MinTextScale, MaxTextScale) : 100;
}

void Settings::setTextScale(int percent)
{
    m_settings->setValue(TextScaleKey, std::clamp(percent, MinTextScale, MaxTextScale));
}

bool Settings::highContrast() const
{
    return m_settings->value(HighContrastKey, false).toBool();
}

void Settings::setHighContrast(bool on)
{
    m_settings->setValue(HighContrastKey, on);
}

bool Settings::sharedComputer() const
{
    return m_settings->value(SharedComputerKey, false).toBool();
}

void Settings::setSharedComputer(bool on)
{
    m_settings->setValue(SharedComputerKey, on);
}

int Settings::idleEndMinutes() const
{
    const int minutes = m_settings->value(IdleEndKey, 0).toInt();
    return minutes <= 0 ? 0 : std::clamp(minutes, MinIdleEndMinutes, MaxIdleEndMinutes);
}

void Settings::setIdleEndMinutes(int minutes)
{
    m_settings->setValue(
        IdleEndKey, minutes <= 0 ? 0 : std::clamp(minutes, MinIdleEndMinutes, MaxIdleEndMinutes));
}

QString Settings::lastRegion() const
{
    return m_settings->value(LastRegionKey).toString();
}

QString Settings::lastLanguage() const
{
    return m_settings->value(LastLanguageKey).toString();
}

void Settings::setLastPlace(const QString &region, const QString &language)
{
    m_settings->setValue(LastRegionKey, region);
    m_settings->setValue(LastLanguageKey, language);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(GeometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(GeometryKey, geometry);
}

bool Settings::newsNotifications(const QString &region, const QString &language,
                                 bool fallback) const
{
    return m_settings->value(newsNotificationsKey(region, language), fallback).toBool();
}

void Settings::setNewsNotifications(const QString &region, const QString &language, bool on)
{
    m_settings->setValue(newsNotificationsKey(region, language), on);
}

int Settings::newsPollMinutes() const
{
    bool ok = false;
    const int value = m_settings->value(NewsPollKey, DefaultNewsPollMinutes).toInt(&ok);
    return ok ? std::max(value, int(MinNewsPollMinutes)) : DefaultNewsPollMinutes;
}

void Settings::setNewsPollMinutes(int minutes)
{
    m_settings->setValue(NewsPollKey, std::max(minutes, int(MinNewsPollMinutes)));
}

int Settings::refreshHours() const
{
    bool ok = false;
    const int value = m_settings->value(RefreshHoursKey, DefaultRefreshHours).toInt(&ok);
    return ok ? std::clamp(value, int(MinRefreshHours), int(MaxRefreshHours)) : DefaultRefreshHours;
}

void Settings::setRefreshHours(int hours)
{
    m_settings->setValue(RefreshHoursKey,
                         std::clamp(hours, int(MinRefreshHours), int(MaxRefreshHours)));
}

QByteArray Settings::notificationLog() const
{
    return m_settings->value(NotificationLogKey).toByteArray();
}

void Settings::setNotificationLog(const QByteArray &json)
{
    m_settings->setValue(NotificationLogKey, json);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace integreat::desktop
