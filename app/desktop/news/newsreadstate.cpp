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

void NewsReadState::setInMemory(bool inMemory)
{
    m_inMemory = inMemory;
    m_memory.clear();
}

void NewsReadState::clear()
{
    m_memory.clear();
    m_settings.remove(u"newsOpened"_s);
    m_settings.sync();
}

QStringList NewsReadState::opened(const QString &region, const QString &language) const
{
    return m_inMemory ? m_memory.value(key(region, language))
                      : m_settings.value(key(region, language)).toStringList();
}

QString NewsReadState::key(const QString &region, const QString &language)
{
    return u"newsOpened/"_s + region + u'_' + language;
}

bool NewsReadState::isOpened(const QString &region, const QString &language,
                             const QString &id) const
{
    return opened(region, language).contains(id);
}

void NewsReadState::markOpened(const QString &region, const QString &language, const QString &id)
{
    QStringList ids = opened(region, language);
    if (ids.contains(id))
        return;
    ids.append(id);
    while (ids.size() > kMaxRemembered)
        ids.removeFirst();
    if (m_inMemory) {
        m_memory.insert(key(region, language), ids);
        return;
    }
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
    const QStringList ids = opened(region, language);
    int count = 0;
    for (const model::NewsItem &item : items)
        count += isNew(item, ids.contains(item.id), now) ? 1 : 0;
    return count;
}

} // namespace integreat::desktop
