#include "desktop/news/newsreadstate.h"

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {

constexpr int kMaxRemembered = 500; // per region and language; old ids fall off

} // namespace

NewsReadState::NewsReadState(const QString &iniFile)
    : m_settings(iniFile, QSettings::IniFormat)
{
}

void NewsReadState::clear()
{
    m_settings.remove(u"newsOpened"_s);
    m_settings.sync();
}

QString NewsReadState::key(const QString &region, const QString &language)
{
    return u"newsOpened/"_s + region + u'_' + language;
}

bool NewsReadState::isOpened(const QString &region, const QString &language,
                             const QString &id) const
{
    return m_settings.value(key(region, language)).toStringList().contains(id);
}

void NewsReadState::markOpened(const QString &region, const QString &language, const QString &id)
{
    QStringList ids = m_settings.value(key(region, language)).toStringList();
    if (ids.contains(id))
        return;
    ids.append(id);
    while (ids.size() > kMaxRemembered)
        ids.removeFirst();
    m_settings.setValue(key(region, language), ids);
    m_settings.sync();
}

bool NewsReadState::isNew(const model::NewsItem &item, bool opened, const QDateTime &now)
{
    // When it was published, the date the list shows: `published_at` (CMS 2026.9), which an edit
    // does not move. Older servers send only display_date = max(last_updated, sent_date): it is
    // never earlier than the sending, so a message sent today is new even if written last week.
    const QDateTime published = item.shownDate();
    return !opened && published.isValid() && published > now.addDays(-NewForDays);
}

bool NewsReadState::isNew(const QString &region, const QString &language,
                          const model::NewsItem &item, const QDateTime &now) const
{
    return isNew(item, isOpened(region, language, item.id), now);
}

int NewsReadState::countNew(const QString &region, const QString &language,
                            const QList<model::NewsItem> &items, const QDateTime &now) const
{
    const QStringList opened = m_settings.value(key(region, language)).toStringList();
    int count = 0;
    for (const model::NewsItem &item : items)
        count += isNew(item, opened.contains(item.id), now) ? 1 : 0;
    return count;
}

} // namespace integreat::desktop
