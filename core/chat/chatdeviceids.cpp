#include "core/chat/chatdeviceids.h"

#include <QSettings>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace integreat::chat {

ChatDeviceIds::ChatDeviceIds(const QString &iniFile)
{
    if (!iniFile.isEmpty())
        m_settings = std::make_unique<QSettings>(iniFile, QSettings::IniFormat);
}

ChatDeviceIds::~ChatDeviceIds() = default;

QString ChatDeviceIds::key(const QString &region, const char *name) const
{
    // Region slugs are [a-z0-9-]; anything else is percent-encoded so it cannot nest groups.
    return u"chat/"_s + QString::fromLatin1(QUrl::toPercentEncoding(region)) + u'/' +
           QLatin1StringView(name);
}

QString ChatDeviceIds::idFor(const QString &region)
{
    QString id =
        m_settings ? m_settings->value(key(region, "deviceId")).toString() : m_ids.value(region);
    if (QUuid::fromString(id).isNull())
        id = renew(region);
    return id;
}

QString ChatDeviceIds::renew(const QString &region)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (m_settings) {
        m_settings->setValue(key(region, "deviceId"), id);
        m_settings->sync();
    } else {
        m_ids.insert(region, id);
    }
    return id;
}

bool ChatDeviceIds::privacyAccepted(const QString &region) const
{
    return m_settings ? m_settings->value(key(region, "privacyAccepted"), false).toBool()
                      : m_accepted.contains(region);
}

void ChatDeviceIds::acceptPrivacy(const QString &region)
{
    if (m_settings) {
        m_settings->setValue(key(region, "privacyAccepted"), true);
        m_settings->sync();
    } else {
        m_accepted.insert(region);
    }
}

} // namespace integreat::chat
