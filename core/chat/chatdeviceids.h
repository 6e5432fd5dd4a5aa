#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <memory>

class QSettings;

namespace integreat::chat {

/// The chat's device id per region (a random UUID, as the official apps keep per region) and
/// whether the region's privacy notice was accepted. Kept in the user's settings file, or only
/// in memory (an empty file name: a shared computer, where nothing of one client may stay).
class ChatDeviceIds final
{
    Q_DISABLE_COPY_MOVE(ChatDeviceIds)

public:
    /// `iniFile` empty: nothing is written anywhere.
    explicit ChatDeviceIds(const QString &iniFile);
    ~ChatDeviceIds();

    bool isPersistent() const { return m_settings != nullptr; }
    /// The region's device id, made (and kept) on first use.
    QString idFor(const QString &region);
    /// "New chat": a new id for the region; the old chat is no longer asked for.
    QString renew(const QString &region);
    bool privacyAccepted(const QString &region) const;
    void acceptPrivacy(const QString &region);

private:
    QString key(const QString &region, const char *name) const;

    std::unique_ptr<QSettings> m_settings;
    QHash<QString, QString> m_ids; ///< memory-only mode
    QSet<QString> m_accepted;      ///< memory-only mode
};

} // namespace integreat::chat
