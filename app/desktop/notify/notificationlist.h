#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace integreat::desktop {

class Settings;

/// Every notification the app raised, newest first, at most MaxEntries, kept in memory and in
/// the settings (so that it survives a restart).
class NotificationList final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationList)

public:
    static constexpr int MaxEntries = 50;

    struct Entry
    {
        QString region;
        QString language;
        QString id; ///< the news item's id
        QString title;
        QString town; ///< the region's name when it arrived
        QDateTime received;
    };

    explicit NotificationList(Settings &settings, QObject *parent = nullptr);

    const QList<Entry> &entries() const { return m_entries; }
    int size() const { return int(m_entries.size()); }
    /// Entries added since markSeen().
    int unseen() const { return m_unseen; }
    void add(const Entry &entry);
    void markSeen();
    void clear();

signals:
    void changed();

private:
    void save();

    Settings &m_settings;
    QList<Entry> m_entries;
    int m_unseen = 0;
};

} // namespace integreat::desktop
