#pragma once

#include "httpmessage.h"
#include "serverstate.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace integreat::testing {

/// One client connection of a TestServer, living in the server thread: reads requests
/// (pipelined ones in order), asks the ServerState how to answer and carries the answer out,
/// streaming Huge and EndlessChunked bodies as the socket drains and Slow and Trickle bodies on a
/// timer.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    /// Takes ownership of the socket; deletes itself when the peer disconnects.
    HttpConnection(QTcpSocket *socket, ServerState &state, QObject *parent);
    ~HttpConnection() override;

private:
    void onReadyRead();
    void processBuffer();
    void respond(const http::ParsedRequest &request);
    void carryOut(const ResponsePlan &plan, const http::ParsedRequest &request);
    /// The current request no longer counts as in flight (ServerState::answered()).
    void answered();
    void sendError(int status, const QByteArray &message);
    void pumpHuge();
    void sendSlowChunk();
    void startChunked(const QByteArray &head);
    void finishAsync();
    void closeGracefully();

    QTcpSocket *m_socket;
    ServerState &m_state;
    QByteArray m_buffer;
    bool m_busy = false;       ///< a streamed (Huge/Slow) response is still being sent
    bool m_closeAfter = false; ///< close once the current response is out
    bool m_done = false;       ///< closing or stalled: ignore further input
    bool m_continueSent = false;
    bool m_answering = false; ///< a request is being answered (for the concurrency count)
    qint64 m_hugeOffset = 0;
    qint64 m_hugeRemaining = 0;
    QByteArray m_slowBody;
    qsizetype m_slowOffset = 0;
    int m_slowChunkBytes = 1;
    bool m_chunked = false; ///< EndlessChunked/Trickle: chunked framing, never finished
    bool m_trickle = false;
    QTimer m_slowTimer;
};

} // namespace integreat::testing
