#include "desktop/notify/notificationlist.h"

#include "desktop/common/settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

NotificationList::NotificationList(Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    const QJsonArray stored = QJsonDocument::fromJson(settings.notificationLog()).array();
    for (const QJsonValue &value : stored) {
        const QJsonObject o = value.toObject();
        Entry entry{o.value(u"region"_s).toString(),
                    o.value(u"language"_s).toString(),
                    o.value(u"id"_s).toString(),
                    o.value(u"title"_s).toString(),
                    o.value(u"town"_s).toString(),
                    QDateTime::fromString(o.value(u"received"_s).toString(), Qt::ISODate)};
        if (!entry.region.isEmpty() && !entry.id.isEmpty() && m_entries.size() < MaxEntries)
            m_entries.append(entry);
    }
}

void NotificationList::add(const Entry &entry)
{
    m_entries.prepend(entry);
    while (m_entries.size() > MaxEntries)
        m_entries.removeLast();
    ++m_unseen;
    save();
    emit changed();
}

void NotificationList::markSeen()
{
    if (m_unseen == 0)
        return;
    m_unseen = 0;
    emit changed();
}

void NotificationList::clear()
{
    m_entries.clear();
    m_unseen = 0;
    save();
    emit changed();
}

void NotificationList::save()
{
    QJsonArray array;
    for (const Entry &entry : std::as_const(m_entries)) {
        array.append(QJsonObject{{u"region"_s, entry.region},
                                 {u"language"_s, entry.language},
                                 {u"id"_s, entry.id},
                                 {u"title"_s, entry.title},
                                 {u"town"_s, entry.town},
                                 {u"received"_s, entry.received.toString(Qt::ISODate)}});
    }
    m_settings.setNotificationLog(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace integreat::desktop
