#pragma once

#include "core/chat/chatclient.h"
#include "core/chat/polltimer.h"

#include <QObject>
#include <chrono>
#include <memory>

namespace integreat::chat {

/// One open chat: what the server holds, the message not sent yet, the state to show, and the
/// polling (only while the chat panel is open: every 15 s, every 3 s while the assistant is
/// typing, as the official apps do). A message that could not be sent is kept for a retry.
class ChatSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatSession)

public:
    enum class State
    {
        Idle,        ///< nothing asked yet
        Loading,     ///< the first fetch is under way
        Ready,       ///< the chat (possibly empty) is shown
        Sending,     ///< a message is on its way
        RateLimited, ///< 429: try again in a moment
        Unavailable, ///< 503: no chat in this town
        Offline,     ///< no connection; the unsent message is kept
        Failed,      ///< another error (`errorText()`)
    };
    struct Intervals
    {
        std::chrono::milliseconds normal{15000};
        std::chrono::milliseconds typing{3000};
    };

    explicit ChatSession(ChatClient &client, QObject *parent = nullptr);

    void setIntervals(Intervals intervals) { m_intervals = intervals; }
    /// Replaces the timer that schedules the polls (tests drive their own).
    void setPollTimer(std::unique_ptr<PollTimer> timer);
    /// Another chat (region, language or a new device id): forgets the shown one.
    void setAddress(const ChatAddress &address);
    const ChatAddress &address() const { return m_address; }
    /// The panel opened (fetch now, then poll) or closed (no more requests).
    void setActive(bool active);
    bool isActive() const { return m_active; }

    /// Sends `message` (trimmed; empty ones are ignored). It stays pendingMessage() until the
    /// server has it.
    void send(const QString &message);
    /// Sends the pending message again (after offline, 429 ...); fetches when there is none.
    void retry();

    State state() const { return m_state; }
    const ChatThread &thread() const { return m_thread; }
    QString pendingMessage() const { return m_pending; }
    /// A sentence for the states that need one (rate limited, unavailable, offline, failed).
    QString statusText() const;
    QString errorText() const { return m_error; }
    /// Whether a poll is scheduled, and in how long (for tests and the status line).
    bool isPolling() const { return m_poll->isActive(); }
    std::chrono::milliseconds pollInterval() const;

signals:
    void changed();

private:
    void onFinished(const ChatResult &result, bool wasSend);
    void poll();
    void schedulePoll();
    void setState(State state);

    ChatClient &m_client;
    ChatAddress m_address;
    Intervals m_intervals;
    std::unique_ptr<PollTimer> m_poll;
    ChatThread m_thread;
    QString m_pending;
    QString m_error;
    State m_state = State::Idle;
    bool m_active = false;
};

} // namespace integreat::chat
