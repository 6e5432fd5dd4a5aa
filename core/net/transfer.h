#pragma once

#include "core/net/limits.h"
#include "core/net/reply.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace integreat::net {

/// One GET or POST (one attempt, no retries) with every rule of the transport: the User-Agent, an
/// idle timeout, a minimum throughput once the answer has begun, a size cap enforced while the body
/// streams in, a redirect rule (same origin unless the request allows more; never https to
/// http), cancel, and errors that name their cause. Asynchronous: finished() is emitted once,
/// possibly from inside cancel() or a body sink; delete a Transfer with deleteLater().
class Transfer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Transfer)

public:
    struct Request
    {
        QUrl url;
        HeaderList headers; ///< sent as given (Accept, If-None-Match ...)
        TransferLimits limits;
        /// Redirect targets allowed besides the same origin (null: the same origin only).
        std::function<bool(const QUrl &target)> allowRedirect;
        QByteArray userAgent; ///< empty: net::userAgent()
        /// A POST sends this body (set its Content-Type in `headers`); other requests are GETs.
        std::optional<QByteArray> postBody{};
    };
    /// Sees the headers of a 2xx answer before its body: an error sentence refuses it (Refused).
    using HeaderCheck = std::function<QString(const Reply &headers)>;
    /// Takes each piece of a 2xx body instead of memory; an error sentence stops it (WriteFailed).
    using BodySink = std::function<QString(const QByteArray &chunk)>;

    Transfer(QNetworkAccessManager &manager, Request request, QObject *parent = nullptr);
    ~Transfer() override;

    void setHeaderCheck(HeaderCheck check) { m_headerCheck = std::move(check); }
    void setBodySink(BodySink sink) { m_sink = std::move(sink); }
    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    const Reply &reply() const { return m_reply; }
    const Request &request() const { return m_request; }

signals:
    void finished();
    /// Body bytes received so far.
    void bytesReceived(qint64 bytes);

private:
    void onMetaData();
    void onReadyRead();
    void onRedirected(const QUrl &target);
    void onFinished();
    void onIdle();
    void checkThroughput();
    void take(const QByteArray &chunk);
    void stop(Reply::Outcome outcome, const QString &error);
    void conclude();
    QString networkErrorText(const QNetworkReply &network) const;
    bool isSuccess() const;

    QNetworkAccessManager &m_manager;
    Request m_request;
    HeaderCheck m_headerCheck;
    BodySink m_sink;
    QPointer<QNetworkReply> m_network;
    Reply m_reply;
    QTimer m_idle;
    QTimer m_rate;
    QElapsedTimer m_sinceStart;
    QElapsedTimer m_sinceAnswer; ///< started when the answer began
    int m_redirects = 0;
    bool m_headersSeen = false;
    bool m_stopped = false; ///< stop() decided the outcome
    bool m_finished = false;
};

} // namespace integreat::net
