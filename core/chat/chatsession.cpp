#include "core/chat/chatsession.h"

namespace integreat::chat {

ChatSession::ChatSession(ChatClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    setPollTimer(std::make_unique<PollTimer>());
    connect(&m_client, &ChatClient::finished, this, &ChatSession::onFinished);
}

void ChatSession::setPollTimer(std::unique_ptr<PollTimer> timer)
{
    const bool wasActive = m_poll && m_poll->isActive();
    m_poll = std::move(timer);
    connect(m_poll.get(), &PollTimer::timeout, this, &ChatSession::poll);
    if (wasActive)
        schedulePoll();
}

void ChatSession::poll()
{
    // A tick that arrives after the panel closed (or while a request runs) asks nothing.
    if (m_active && !m_client.isBusy() && m_address.isValid())
        m_client.fetch(m_address);
}

void ChatSession::setAddress(const ChatAddress &address)
{
    if (address == m_address)
        return;
    m_client.cancel();
    m_poll->stop();
    m_address = address;
    m_thread = {};
    m_pending.clear();
    m_error.clear();
    setState(State::Idle);
    if (m_active && m_address.isValid()) {
        setState(State::Loading);
        m_client.fetch(m_address);
    }
}

void ChatSession::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (!active) {
        m_poll->stop();
        if (m_state != State::Sending)
            m_client.cancel();
        return;
    }
    if (!m_address.isValid() || m_client.isBusy())
        return;
    if (m_state == State::Idle)
        setState(State::Loading);
    m_client.fetch(m_address);
}

void ChatSession::send(const QString &message)
{
    const QString text = message.trimmed();
    if (text.isEmpty() || !m_address.isValid() || m_state == State::Sending)
        return;
    m_pending = text;
    m_poll->stop();
    setState(State::Sending);
    m_client.send(m_address, text);
}

void ChatSession::retry()
{
    if (!m_pending.isEmpty()) {
        const QString text = m_pending;
        send(text);
    } else if (m_address.isValid() && !m_client.isBusy()) {
        m_client.fetch(m_address);
    }
}

std::chrono::milliseconds ChatSession::pollInterval() const
{
    return m_thread.chatbotTyping ? m_intervals.typing : m_intervals.normal;
}

QString ChatSession::statusText() const
{
    switch (m_state) {
    case State::RateLimited:
        return tr("Too many messages. Please try again in a moment.");
    case State::Unavailable:
        return tr("The chat is not available in this town.");
    case State::Offline:
        return m_pending.isEmpty()
                   ? tr("No connection to the chat. It will be updated when you are online.")
                   : tr("No connection to the chat. Your message was not sent; it is kept so you "
                        "can send it again.");
    case State::Failed:
        return tr("The chat could not be loaded: %1").arg(m_error);
    case State::Idle:
    case State::Loading:
    case State::Ready:
    case State::Sending:
        break;
    }
    return {};
}

void ChatSession::onFinished(const ChatResult &result, bool wasSend)
{
    m_error = result.error;
    switch (result.status) {
    case ChatResult::Status::Ok:
        m_thread = result.thread;
        if (wasSend)
            m_pending.clear();
        setState(State::Ready);
        break;
    case ChatResult::Status::Empty:
        m_thread = {};
        setState(State::Ready);
        break;
    case ChatResult::Status::RateLimited:
        setState(State::RateLimited);
        break;
    case ChatResult::Status::Unavailable:
        setState(State::Unavailable);
        break;
    case ChatResult::Status::Offline:
        setState(State::Offline);
        break;
    case ChatResult::Status::Failed:
        setState(State::Failed);
        break;
    }
    schedulePoll();
}

void ChatSession::schedulePoll()
{
    // Poll an open chat that has begun; a town without a chat is not asked again.
    if (!m_active || m_state == State::Unavailable || m_thread.messages.isEmpty()) {
        m_poll->stop();
        return;
    }
    m_poll->start(pollInterval());
}

void ChatSession::setState(State state)
{
    m_state = state;
    emit changed();
}

} // namespace integreat::chat
