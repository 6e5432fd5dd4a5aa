#include "httpconnection.h"

#include <QTcpSocket>
#include <limits>

namespace integreat::testing {

namespace {

constexpr qint64 HugeChunkBytes = 64 * 1024;
constexpr qint64 HugeHighWater = 1024 * 1024; ///< bytes queued in the socket before we wait

/// Bytes [offset, offset + size) of an endless JSON-looking array of junk objects.
QByteArray hugeChunk(qint64 offset, qint64 size)
{
    static const QByteArray unit =
        R"({"id":4711,"title":"Junk junk junk","content":"<p>lorem ipsum dolor sit amet</p>"},)";
    static const QByteArray tile = [] {
        QByteArray t;
        while (t.size() < HugeChunkBytes + unit.size())
            t += unit;
        return t;
    }();
    QByteArray chunk = tile.mid(offset % unit.size(), size);
    if (offset == 0 && !chunk.isEmpty())
        chunk[0] = '[';
    return chunk;
}

bool statusHasNoBody(int status)
{
    return status < 200 || status == 204 || status == 304;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, ServerState &state, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_state(state)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::pumpHuge);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(&m_slowTimer, &QTimer::timeout, this, &HttpConnection::sendSlowChunk);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    answered();
    m_slowTimer.stop();
    m_socket->disconnect(this);
    m_socket->abort();
}

void HttpConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    if (m_done) {
        m_buffer.clear();
        return;
    }
    if (!m_busy)
        processBuffer();
}

void HttpConnection::processBuffer()
{
    while (!m_busy && !m_done) {
        http::ParsedRequest parsed;
        const http::ParseResult result = http::parseRequest(m_buffer, parsed);
        if (result.status == http::ParseResult::Status::Error) {
            sendError(result.errorStatus, result.errorMessage);
            return;
        }
        if (result.status == http::ParseResult::Status::Incomplete) {
            if (result.headersComplete && parsed.expectContinue && !m_continueSent) {
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                m_continueSent = true;
            }
            return;
        }
        m_continueSent = false;
        respond(parsed);
    }
}

void HttpConnection::respond(const http::ParsedRequest &request)
{
    const ResponsePlan plan = m_state.respond(request.request);
    m_answering = true;
    if (plan.delayMs <= 0) {
        carryOut(plan, request);
        return;
    }
    m_busy = true; // pipelined requests wait for this answer
    QTimer::singleShot(plan.delayMs, this, [this, plan, request] {
        m_busy = false;
        carryOut(plan, request);
        if (!m_busy && !m_done)
            processBuffer();
    });
}

void HttpConnection::answered()
{
    if (m_answering) {
        m_answering = false;
        m_state.answered();
    }
}

void HttpConnection::carryOut(const ResponsePlan &plan, const http::ParsedRequest &request)
{
    if (plan.mode == ResponsePlan::Mode::Stall) {
        m_done = true; // keep the socket open and say nothing until the server stops
        m_buffer.clear();
        return;
    }
    m_closeAfter = !request.keepAlive;
    const bool noBody = statusHasNoBody(plan.status);
    const bool sendBody = !noBody && request.request.method != "HEAD";
    const qint64 length =
        plan.mode == ResponsePlan::Mode::Huge ? plan.hugeBytes : qint64(plan.body.size());
    const QByteArray head =
        http::serializeHead(plan.status, plan.headers, noBody ? -1 : length, m_closeAfter);

    if (!sendBody || plan.mode == ResponsePlan::Mode::Normal) {
        m_socket->write(sendBody ? head + plan.body : head);
        answered();
        if (m_closeAfter || plan.mode == ResponsePlan::Mode::CloseMidBody)
            closeGracefully();
        return;
    }
    switch (plan.mode) {
    case ResponsePlan::Mode::CloseMidBody:
        m_socket->write(head + plan.body.left(plan.body.size() / 2));
        answered();
        closeGracefully();
        return;
    case ResponsePlan::Mode::Huge:
        m_socket->write(head);
        m_busy = true;
        m_hugeOffset = 0;
        m_hugeRemaining = length;
        pumpHuge();
        return;
    case ResponsePlan::Mode::Slow:
        m_socket->write(head);
        m_busy = true;
        m_slowBody = plan.body;
        m_slowOffset = 0;
        m_slowChunkBytes = plan.chunkBytes;
        m_slowTimer.start(plan.chunkDelayMs);
        return;
    case ResponsePlan::Mode::EndlessChunked:
        startChunked(head);
        pumpHuge();
        return;
    case ResponsePlan::Mode::Trickle:
        startChunked(head);
        m_trickle = true;
        m_slowTimer.start(plan.chunkDelayMs);
        return;
    case ResponsePlan::Mode::Normal:
    case ResponsePlan::Mode::Stall:
        return;
    }
}

void HttpConnection::startChunked(const QByteArray &head)
{
    // serializeHead() gave a Content-Length: replace it with chunked framing.
    QByteArray chunkedHead;
    for (const QByteArray &line : head.split('\n')) {
        if (!line.isEmpty() && !line.toLower().startsWith("content-length:") && line != "\r")
            chunkedHead += line + '\n';
    }
    m_socket->write(chunkedHead + "Transfer-Encoding: chunked\r\n\r\n");
    m_busy = true;
    m_done = true; // it never ends: no further requests on this connection
    m_chunked = true;
    m_hugeOffset = 0;
    m_hugeRemaining = std::numeric_limits<qint64>::max();
}

void HttpConnection::sendError(int status, const QByteArray &message)
{
    const QByteArray body = R"({"error":")" + message + R"("})";
    m_socket->write(
        http::serializeHead(status, {{"Content-Type", "application/json"}}, body.size(), true) +
        body);
    closeGracefully();
}

void HttpConnection::pumpHuge()
{
    if (!m_busy || m_hugeRemaining <= 0)
        return;
    if (m_trickle)
        return;
    while (m_hugeRemaining > 0 && m_socket->bytesToWrite() < HugeHighWater) {
        const qint64 size = qMin(HugeChunkBytes, m_hugeRemaining);
        if (m_chunked)
            m_socket->write(QByteArray::number(size, 16) + "\r\n" + hugeChunk(m_hugeOffset, size) +
                            "\r\n");
        else
            m_socket->write(hugeChunk(m_hugeOffset, size));
        m_hugeOffset += size;
        m_hugeRemaining -= size;
    }
    if (m_hugeRemaining == 0)
        finishAsync();
}

void HttpConnection::sendSlowChunk()
{
    if (m_trickle) {
        m_socket->write(m_hugeOffset++ == 0 ? "1\r\n[\r\n" : "1\r\n \r\n");
        return;
    }
    m_socket->write(m_slowBody.mid(m_slowOffset, m_slowChunkBytes));
    m_slowOffset += m_slowChunkBytes;
    if (m_slowOffset >= m_slowBody.size()) {
        m_slowTimer.stop();
        m_slowBody.clear();
        finishAsync();
    }
}

void HttpConnection::finishAsync()
{
    answered();
    m_busy = false;
    if (m_closeAfter)
        closeGracefully();
    else
        processBuffer();
}

void HttpConnection::closeGracefully()
{
    m_done = true;
    m_buffer.clear();
    m_socket->disconnectFromHost(); // after the queued bytes are written
}

} // namespace integreat::testing
