#pragma once

#include "core/model/news.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSettings>
#include <QString>

namespace integreat::desktop {

/// Which news items the user has opened, per region and language, kept in the settings file
/// (on a shared computer in memory only: the next start knows nothing of them), and the "new"
/// rule: a news item is new while it is not opened and was published within the last 5 days (an
/// old item that was merely edited is not new).
class NewsReadState final
{
    Q_DISABLE_COPY_MOVE(NewsReadState)

public:
    static constexpr int NewForDays = 5;

    explicit NewsReadState(const QString &iniFile);

    /// In memory only (a shared computer): marks from now on are not written, and the ones in
    /// the file are not read.
    void setInMemory(bool inMemory);
    bool isInMemory() const { return m_inMemory; }

    bool isOpened(const QString &region, const QString &language, const QString &id) const;
    void markOpened(const QString &region, const QString &language, const QString &id);
    /// Forgets every opened item (End session on a shared computer).
    void clear();

    /// The rule alone: not opened and published within the last 5 days (at `now`): `published_at`
    /// where the CMS sends it, else the display date (NewsItem::shownDate(), the date shown).
    static bool isNew(const model::NewsItem &item, bool opened, const QDateTime &now);
    bool isNew(const QString &region, const QString &language, const model::NewsItem &item,
               const QDateTime &now) const;
    int countNew(const QString &region, const QString &language,
                 const QList<model::NewsItem> &items, const QDateTime &now) const;

private:
    static QString key(const QString &region, const QString &language);
    QStringList opened(const QString &region, const QString &language) const;

    mutable QSettings m_settings;
    bool m_inMemory = false;
    QHash<QString, QStringList> m_memory;
};

} // namespace integreat::desktop
