#pragma once

#include "core/chat/chatsession.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace integreat::desktop {

class ContentBrowser;
class NoticeBar;

/// The "Ask Integreat" panel: the town's privacy notice until it is accepted, then the messages
/// (sanitized like page content; answers of the assistant marked as automatic), the state in
/// words (typing, too many messages, not available, offline with the unsent message kept), a
/// line to write in, "Send again" and "New chat". It only shows the ChatSession; the section
/// connects it to the network, and the session polls only while this panel is visible.
class ChatView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatView)

public:
    explicit ChatView(chat::ChatSession &session, QWidget *parent = nullptr);

    /// The privacy notice of the shown region: `url` may be empty (the CMS has none).
    void setPrivacy(bool accepted, const QString &url);
    bool privacyAccepted() const { return m_accepted; }
    /// Off: the chat is not available here (the notice says why); nothing to accept or write.
    void setAvailable(bool available);
    void setServer(const QUrl &server);
    void setContentRightToLeft(bool rightToLeft);

    ContentBrowser *transcript() const { return m_transcript; }
    QLineEdit *input() const { return m_input; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *newChatButton() const { return m_newChat; }
    QLabel *statusLabel() const { return m_status; }
    NoticeBar *noticeBar() const { return m_notice; }
    /// The transcript's HTML as built (for tests and print).
    QString transcriptHtml() const { return m_html; }

signals:
    void privacyAcceptedByUser();
    void newChatRequested();
    void linkActivated(const QUrl &url);
    /// Shown or hidden: the section starts and stops polling.
    void visibilityChanged(bool visible);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    /// A message as shown: worked out once per message id (and its text).
    struct Rendered
    {
        QString content;          ///< the message's HTML from the server
        bool rightToLeft = false; ///< its text's direction
        QString html;             ///< sanitized
    };

    void update();
    /// `always` false (a poll's answer): the transcript is built again only when it changed.
    void render(bool always);
    /// Own messages at the end of the line, answers at its start (mirrored in a right-to-left
    /// chat), every line of a message on its side, each paragraph in its own text's direction.
    void applyDirections();
    void submit();
    QString messagesHtml() const;
    const Rendered &rendered(const chat::ChatMessage &message) const;

    chat::ChatSession &m_session;
    QUrl m_server;
    bool m_accepted = false;
    bool m_available = true;
    bool m_rightToLeft = false;
    QWidget *m_privacy;
    QLabel *m_privacyText;
    QPushButton *m_accept;
    NoticeBar *m_notice;
    ContentBrowser *m_transcript;
    QLabel *m_status;
    QLineEdit *m_input;
    QPushButton *m_send;
    QPushButton *m_retry;
    QPushButton *m_newChat;
    QString m_html;
    mutable QHash<int, Rendered> m_rendered; ///< by message id
};

} // namespace integreat::desktop
