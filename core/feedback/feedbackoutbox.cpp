#include "core/feedback/feedbackoutbox.h"

#include "core/store/store.h"
#include "core/store/storeerror.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QTimer>
#include <algorithm>
#include <utility>

namespace integreat::feedback {

namespace {
Q_LOGGING_CATEGORY(lcFeedback, "integreat.feedback")
}

FeedbackOutbox::FeedbackOutbox(store::Store &store, QNetworkAccessManager &manager,
                               const QUrl &server, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_sender(manager, server)
{
    connect(&m_sender, &FeedbackSender::finished, this, &FeedbackOutbox::onFinished);
}

FeedbackOutbox::~FeedbackOutbox() = default;

QString FeedbackOutbox::stateText(State state) const
{
    switch (state) {
    case State::Sending:
        return tr("Sending your feedback…");
    case State::Sent:
        return FeedbackResult{FeedbackResult::Status::Sent, 0, {}}.text();
    case State::Queued:
        return m_keepOnDisk ? tr("Your feedback will be sent when this computer is online.")
                            : tr("Your feedback will be sent when this computer is online, if "
                                 "the app stays open: on a shared computer it is not saved.");
    case State::Failed:
        break;
    }
    return tr("Your feedback could not be sent.");
}

int FeedbackOutbox::submit(const model::Feedback &feedback)
{
    Item item{++m_nextTicket, feedback, 0, false};
    // From the event loop: the caller has its ticket before the first stateChanged().
    QTimer::singleShot(0, this, [this, item]() mutable {
        if (m_offline) {
            enqueue(item, {});
            return;
        }
        m_toSend.append(item);
        sendNext();
    });
    return item.ticket;
}

void FeedbackOutbox::flush()
{
    if (m_offline)
        return;
    QList<store::FeedbackTable::Entry> stored;
    try {
        stored = m_store.feedbackQueue().pending();
    } catch (const store::StoreError &error) {
        qCWarning(lcFeedback).noquote() << error.message() << "-" << error.detail();
    }
    for (const store::FeedbackTable::Entry &entry : std::as_const(stored)) {
        const Item item{0, entry.feedback, entry.id, false};
        if (!isListed(item))
            m_toSend.append(item);
    }
    for (const Item &item : std::as_const(m_memory)) {
        if (!isListed(item))
            m_toSend.append(item);
    }
    sendNext();
}

bool FeedbackOutbox::isListed(const Item &item) const
{
    const auto same = [&item](const Item &other) {
        return item.rowId ? other.rowId == item.rowId
                          : (item.inMemory && other.inMemory && other.ticket == item.ticket);
    };
    return (m_current && same(*m_current)) || std::any_of(m_toSend.cbegin(), m_toSend.cend(), same);
}

int FeedbackOutbox::queuedCount() const
{
    int count = int(m_memory.size());
    try {
        count += m_store.feedbackQueue().count();
    } catch (const store::StoreError &error) {
        qCWarning(lcFeedback).noquote() << error.message() << "-" << error.detail();
    }
    return count;
}

void FeedbackOutbox::forgetMemory()
{
    m_memory.clear();
    m_toSend.removeIf([](const Item &item) { return item.inMemory; });
}

void FeedbackOutbox::sendNext()
{
    if (m_current || m_toSend.isEmpty())
        return;
    m_current = m_toSend.takeFirst();
    if (m_current->ticket)
        emit stateChanged(m_current->ticket, State::Sending, stateText(State::Sending));
    m_sender.send(m_current->feedback);
}

void FeedbackOutbox::onFinished(const FeedbackResult &result)
{
    if (!m_current)
        return;
    Item item = *m_current;
    m_current.reset();
    if (result.status == FeedbackResult::Status::Sent) {
        dequeue(item);
        if (item.ticket)
            emit stateChanged(item.ticket, State::Sent, result.text());
        if (m_toSend.isEmpty() && queuedCount() > 0)
            flush(); // online again: what waited goes now
        else
            sendNext();
        return;
    }
    if (result.isTemporary()) {
        // The rest would fail the same way: everything waits for the next sync.
        enqueue(item, result.text());
        QList<Item> rest = std::exchange(m_toSend, {});
        for (Item &waiting : rest)
            enqueue(waiting, {});
        return;
    }
    qCWarning(lcFeedback).noquote() << "feedback refused:" << result.text();
    dequeue(item); // a refused feedback would be refused again
    if (item.ticket)
        emit stateChanged(item.ticket, State::Failed, result.text());
    sendNext();
}

void FeedbackOutbox::enqueue(Item &item, const QString &error)
{
    if (item.rowId || item.inMemory) {
        if (item.rowId && !error.isEmpty()) {
            try {
                m_store.feedbackQueue().recordError(item.rowId, error);
            } catch (const store::StoreError &) {
            }
        }
    } else if (m_keepOnDisk) {
        try {
            item.rowId =
                m_store.feedbackQueue().add(item.feedback, QDateTime::currentDateTimeUtc());
        } catch (const store::StoreError &storeError) {
            // Lose nothing: the feedback waits in memory while the app runs.
            qCWarning(lcFeedback).noquote() << storeError.message() << "-" << storeError.detail();
        }
    }
    if (!item.rowId && !item.inMemory) {
        item.inMemory = true;
        m_memory.append(item);
    }
    if (item.ticket) {
        const QString text =
            error.isEmpty() ? stateText(State::Queued) : error + u' ' + stateText(State::Queued);
        emit stateChanged(item.ticket, State::Queued, text);
    }
}

void FeedbackOutbox::dequeue(const Item &item)
{
    if (item.rowId) {
        try {
            m_store.feedbackQueue().remove(item.rowId);
        } catch (const store::StoreError &error) {
            qCWarning(lcFeedback).noquote() << error.message() << "-" << error.detail();
        }
    }
    if (item.inMemory)
        m_memory.removeIf([&item](const Item &kept) { return kept.ticket == item.ticket; });
}

} // namespace integreat::feedback
