#include "testserver.h"

#include "httpconnection.h"
#include "serverstate.h"

#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::StringLiterals;

namespace integreat::testing {

/// The server's own thread: the QTcpServer and every connection are created, used and destroyed
/// in run(), so stopping is just quit() + wait().
class ServerThread final : public QThread
{
public:
    ServerThread(ServerState &state, quint16 port)
        : m_state(state)
        , m_requestedPort(port)
    {
    }
    ~ServerThread() override
    {
        quit();
        wait();
    }

    /// Starts the thread and waits until it listens (or failed to).
    bool startListening()
    {
        start();
        m_ready.acquire();
        return m_port != 0;
    }
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }

protected:
    void run() override
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, m_requestedPort)) {
            m_error = server.errorString();
            m_ready.release();
            return;
        }
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                new HttpConnection(socket, m_state, &server);
        });
        m_port = server.serverPort();
        m_ready.release();
        exec();
    }

private:
    ServerState &m_state;
    const quint16 m_requestedPort;
    QSemaphore m_ready;
    quint16 m_port = 0; ///< written before m_ready is released, read after it is acquired
    QString m_error;
};

TestServer::TestServer()
    : m_state(std::make_unique<ServerState>())
{
}

TestServer::~TestServer()
{
    stop();
}

bool TestServer::start(quint16 port)
{
    QMutexLocker lock(&m_lifecycleMutex);
    if (m_thread)
        return true;
    auto thread = std::make_unique<ServerThread>(*m_state, port);
    thread->setObjectName(u"TestServer"_s);
    if (!thread->startListening()) {
        m_error = thread->errorString();
        return false;
    }
    m_port = thread->port();
    m_error.clear();
    m_thread = std::move(thread);
    return true;
}

void TestServer::stop()
{
    std::unique_ptr<ServerThread> thread;
    {
        QMutexLocker lock(&m_lifecycleMutex);
        thread = std::move(m_thread);
        m_port = 0;
    }
    thread.reset(); // quits the event loop; connections close as run() returns
}

bool TestServer::isRunning() const
{
    QMutexLocker lock(&m_lifecycleMutex);
    return m_thread != nullptr;
}

QUrl TestServer::baseUrl() const
{
    QMutexLocker lock(&m_lifecycleMutex);
    if (!m_thread)
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

QUrl TestServer::url(const QString &pathAndQuery) const
{
    const QUrl base = baseUrl();
    if (base.isEmpty())
        return {};
    const QString relative = pathAndQuery.startsWith(u'/') ? pathAndQuery : u'/' + pathAndQuery;
    return QUrl(base.toString() + relative);
}

quint16 TestServer::port() const
{
    QMutexLocker lock(&m_lifecycleMutex);
    return m_port;
}

QString TestServer::errorString() const
{
    QMutexLocker lock(&m_lifecycleMutex);
    return m_error;
}

int TestServer::loadCorpus(const QString &corpusDir)
{
    return m_state->loadCorpus(corpusDir);
}
void TestServer::clearCorpus()
{
    m_state->clearCorpus();
}
void TestServer::setRoute(const QString &pathAndQuery, const Response &response)
{
    m_state->setRoute(pathAndQuery, response);
}
void TestServer::setHandler(const QString &pathPrefix, Handler handler)
{
    m_state->setHandler(pathPrefix, std::move(handler));
}
void TestServer::addHandler(const QString &pathPrefix, Handler handler)
{
    m_state->setHandler(pathPrefix, std::move(handler), false);
}
void TestServer::removeRoute(const QString &pathAndQuery)
{
    m_state->removeRoute(pathAndQuery);
}
void TestServer::clearRoutes()
{
    m_state->clearRoutes();
}
void TestServer::addFault(const QString &path, const FaultSpec &spec)
{
    m_state->addFault(path, spec);
}
void TestServer::clearFaults()
{
    m_state->clearFaults();
}
QList<RecordedRequest> TestServer::requests() const
{
    return m_state->requests();
}
void TestServer::setPacing(const Pacing &pacing)
{
    m_state->setPacing(pacing);
}
int TestServer::maxConcurrentRequests() const
{
    return m_state->maxConcurrentRequests();
}
void TestServer::resetConcurrency()
{
    m_state->resetConcurrency();
}
int TestServer::requestCount(const QString &pathPrefix) const
{
    return m_state->requestCount(pathPrefix);
}
void TestServer::clearRequests()
{
    m_state->clearRequests();
}

} // namespace integreat::testing
