#pragma once

#include "core/net/transfer.h"

#include <QPointer>
#include <functional>

class QNetworkAccessManager;

namespace integreat::net {

/// One Transfer at a time for a client that asks one thing after another (the chat, the chat
/// check, the contact form, page feedback): start() cancels the transfer before it, and `done` gets
/// the Reply of a finished transfer exactly once, after the Transfer is let go (so `done` may start
/// the next one). A cancelled transfer (cancel(), a newer start(), the slot's end) calls nothing: a
/// client never sees an answer it no longer waits for. Not thread-safe; lives in its owner's
/// thread.
class SingleTransfer final
{
    Q_DISABLE_COPY_MOVE(SingleTransfer)

public:
    using Done = std::function<void(const Reply &reply)>;

    explicit SingleTransfer(QNetworkAccessManager &manager);
    ~SingleTransfer(); ///< cancels a running transfer

    void start(Transfer::Request request, Done done);
    void cancel();
    bool isBusy() const { return !m_transfer.isNull(); }

private:
    void onFinished();

    QNetworkAccessManager &m_manager;
    QPointer<Transfer> m_transfer;
    Done m_done;
};

} // namespace integreat::net
