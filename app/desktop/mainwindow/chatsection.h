#pragma once

#include "core/chat/chatenabledcheck.h"
#include "desktop/common/modepolicy.h"
#include "desktop/mainwindow/section.h"

#include <QHash>
#include <QPointer>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace integreat::chat {
class ChatClient;
class ChatDeviceIds;
class ChatSession;
} // namespace integreat::chat

namespace integreat::store {
class Store;
}

namespace integreat::desktop {

class ChatView;
class LinkRouter;

/// "Ask Integreat": the region's chat (ChatView on a chat::ChatSession), offered where the region
/// has the chat enabled and the mode allows it (not in kiosk mode). The device id of each region
/// is kept in the user's settings where the mode may write settings, else only for this session.
/// The session polls only while the panel is on screen; links in answers route like page links.
/// Before the first chat request for a device id the server is asked whether the chat is open
/// for that device (chat::ChatEnabledCheck); no answer leaves it to the region's flag.
class ChatSection final : public Section
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatSection)

public:
    /// `settingsFile`: the user's INI file for device ids and accepted privacy notices.
    ChatSection(const store::Store &store, const QUrl &server, const QString &settingsFile,
                QObject *parent = nullptr);
    ~ChatSection() override;

    /// The app's mode: kiosk turns the chat off, a mode that may not write settings keeps the
    /// device ids in memory only.
    void setModePolicy(const ModePolicy &policy);
    /// A shared computer keeps the device ids and accepted notices in memory only, as a kiosk
    /// would; off again, the user's settings file.
    void setSharedComputer(bool shared);
    /// End session: a client's chat is not found by the next one (new in-memory ids, the
    /// privacy notice asked again). The user's own chats on a personal computer stay.
    void forgetClient();

    QString id() const override;
    QString title() const override;
    QWidget *widget() const override;
    bool isEnabledFor(const std::optional<model::Region> &region) const override;
    /// Not in a town without the chat, nor in kiosk mode.
    QString unavailableText(const std::optional<model::Region> &region) const override;
    Location startRoute(const QString &region, const QString &language) const override;
    bool open(const Location &route) override;
    void refresh() override;
    Location currentRoute() const override { return m_route; }
    QStringList titleParts() const override;
    void showNotice(const QString &text, const QList<NoticeBar::Action> &actions) override;

    ChatView *view() const;
    chat::ChatSession &session() const { return *m_session; }
    chat::ChatDeviceIds &deviceIds() const { return *m_ids; }
    chat::ChatEnabledCheck &enabledCheck() const { return *m_check; }
    LinkRouter *linkRouter() const { return m_router; }

private:
    void updateActive();
    void onChecked(const QString &region, const QString &deviceId,
                   chat::ChatEnabledCheck::Answer answer);
    /// The chat is off here: no chat requests, and `text` says why.
    void showUnavailable(const QString &text);
    /// Device ids from the settings file where this mode and computer may write it, else memory.
    void makeDeviceIds();

    const store::Store &m_store;
    QString m_settingsFile;
    ModePolicy m_policy = ModePolicy::personal();
    bool m_shared = false;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<chat::ChatClient> m_client;
    std::unique_ptr<chat::ChatSession> m_session;
    std::unique_ptr<chat::ChatDeviceIds> m_ids;
    std::unique_ptr<chat::ChatEnabledCheck> m_check;
    /// The server's answer per region and device id ("region/device"), once asked.
    QHash<QString, chat::ChatEnabledCheck::Answer> m_deviceAnswers;
    QPointer<ChatView> m_view; ///< owned by the window's section stack once added
    LinkRouter *m_router;
    Location m_route;
    bool m_visible = false;
};

} // namespace integreat::desktop
