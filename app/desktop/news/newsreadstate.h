#pragma once

#include "core/model/news.h"

#include <QDateTime>
#include <QSet>
#include <QSettings>
#include <QString>

namespace integreat::desktop {

/// Which news items the user has opened, per region and language, kept in the settings file,
/// and the "new" rule: a news item is new while it is not opened and was published within the
/// last 5 days (an old item that was merely edited is not new).
class NewsReadState final
{
    Q_DISABLE_COPY_MOVE(NewsReadState)

public:
    static constexpr int NewForDays = 5;

    explicit NewsReadState(const QString &iniFile);

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

    mutable QSettings m_settings;
};

} // namespace integreat::desktop
