#pragma once

#include "core/feedback/feedbacksender.h"
#include "core/model/feedback.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <optional>

class QNetworkAccessManager;

namespace integreat::store {
class Store;
}

namespace integreat::feedback {

/// Where feedback goes: sent at once when the app is online; kept in a queue when it is
/// offline (or the server has a passing problem) and sent on the next sync or the next
/// successful send. The queue is the store's feedback_queue, or memory only where nothing of a
/// visitor may be written (a shared computer: setKeepOnDisk(false)); it never holds contact
/// data. Every feedback given gets a ticket; stateChanged() tells its state in words.
class FeedbackOutbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackOutbox)

public:
    enum class State
    {
        Sending,
        Sent,
        Queued, ///< waits for the next online moment
        Failed, ///< the server refused it (not tried again) or it could not be kept
    };
    Q_ENUM(State)

    FeedbackOutbox(store::Store &store, QNetworkAccessManager &manager, const QUrl &server,
                   QObject *parent = nullptr);
    ~FeedbackOutbox() override;

    /// The app runs offline: everything is queued, nothing is sent.
    void setOffline(bool offline) { m_offline = offline; }
    /// False on a shared computer: queued feedback stays in memory (lost when the app closes or
    /// the session ends), nothing of it reaches the disk.
    void setKeepOnDisk(bool keep) { m_keepOnDisk = keep; }
    bool keepsOnDisk() const { return m_keepOnDisk; }

    /// Sends `feedback` (or queues it) from the event loop; returns its ticket for
    /// stateChanged(), which follows.
    int submit(const model::Feedback &feedback);
    /// Sends what is queued (the disk's queue and memory's), oldest first; stops at the first
    /// temporary failure. Does nothing offline.
    void flush();
    /// Feedback waiting in the queue (disk and memory).
    int queuedCount() const;
    /// Ends a visitor's session: drops the feedback kept in memory.
    void forgetMemory();

    /// The sentence for a state (Sent and Failed take the result's own words).
    QString stateText(State state) const;

signals:
    void stateChanged(int ticket, integreat::feedback::FeedbackOutbox::State state,
                      const QString &text);

private:
    struct Item
    {
        int ticket = 0;
        model::Feedback feedback;
        qint64 rowId = 0;      ///< in the store's queue
        bool inMemory = false; ///< in m_memory
    };
    void sendNext();
    void onFinished(const FeedbackResult &result);
    /// Puts `item` into the queue (disk or memory) unless it is there.
    void enqueue(Item &item, const QString &error);
    void dequeue(const Item &item);
    bool isListed(const Item &item) const;

    store::Store &m_store;
    FeedbackSender m_sender;
    QList<Item> m_toSend;
    std::optional<Item> m_current;
    QList<Item> m_memory;
    int m_nextTicket = 0;
    bool m_offline = false;
    bool m_keepOnDisk = true;
};

} // namespace integreat::feedback
