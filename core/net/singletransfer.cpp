#include "core/net/singletransfer.h"

namespace integreat::net {

SingleTransfer::SingleTransfer(QNetworkAccessManager &manager)
    : m_manager(manager)
{
}

SingleTransfer::~SingleTransfer()
{
    cancel();
}

void SingleTransfer::start(Transfer::Request request, Done done)
{
    cancel();
    m_done = std::move(done);
    m_transfer = new Transfer(m_manager, std::move(request));
    // The transfer is the context: a cancelled one is disconnected before it can report.
    QObject::connect(m_transfer, &Transfer::finished, m_transfer, [this] { onFinished(); });
    m_transfer->start();
}

void SingleTransfer::cancel()
{
    if (Transfer *transfer = m_transfer) {
        m_transfer.clear();
        m_done = nullptr;
        QObject::disconnect(transfer, &Transfer::finished, nullptr, nullptr);
        transfer->cancel();
        transfer->deleteLater();
    }
}

void SingleTransfer::onFinished()
{
    Transfer *transfer = m_transfer;
    if (!transfer)
        return;
    m_transfer.clear();
    const Reply reply = transfer->reply();
    const Done done = std::exchange(m_done, nullptr);
    transfer->deleteLater();
    if (reply.outcome != Reply::Outcome::Cancelled && done)
        done(reply);
}

} // namespace integreat::net
