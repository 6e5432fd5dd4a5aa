#include "desktop/shell/singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStringDecoder>
#include <QTimer>
#include <memory>
#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {
constexpr int MaxClients = 8;
/// A Unix socket address holds 108 bytes (104 on some systems) with the final NUL.
constexpr qsizetype MaxSocketPathBytes = 100;
constexpr char OpenCommand[] = "OPEN ";
constexpr char RaiseCommand[] = "RAISE";
constexpr char ImportCommand[] = "IMPORT ";

QString userId()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

QString canonicalFolder(const QString &dir)
{
    const QFileInfo info(dir);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

struct Request
{
    bool import = false; ///< `text` is a content pack to import, else a link (empty: raise)
    QString text;
};

/// What a request line asks for: nothing (garbage), an empty link (raise), a link or a pack.
std::optional<Request> parseRequest(const QByteArray &line)
{
    if (line == RaiseCommand)
        return Request{};
    const bool import = line.startsWith(ImportCommand);
    if (!import && !line.startsWith(OpenCommand))
        return std::nullopt;
    const qsizetype skip = qsizetype(import ? sizeof(ImportCommand) : sizeof(OpenCommand)) - 1;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(line.mid(skip));
    if (decoder.hasError() || text.trimmed().isEmpty())
        return std::nullopt;
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return std::nullopt;
    }
    // Only a local absolute path is a pack to import: nothing else is opened as a file.
    if (import && !QFileInfo(text).isAbsolute())
        return std::nullopt;
    return Request{import, text};
}

struct Client
{
    QByteArray buffer;
    bool answered = false;
};
} // namespace

SingleInstance::SingleInstance(const QString &dataDir, const QString &runtimeDir, QObject *parent)
    : QObject(parent)
    , m_name(serverName(dataDir, runtimeDir))
    , m_server(new QLocalServer(this))
{
    // $XDG_RUNTIME_DIR is the user's own. Elsewhere (the temp folder) only the user may connect;
    // Qt then renames the socket into place, so a second listen() there never fails.
    if (!m_name.contains(u'/'))
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->setMaxPendingConnections(MaxClients);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &dataDir, const QString &runtimeDir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(userId().toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(canonicalFolder(dataDir).toUtf8());
    const QString base =
        u"integreat-desktop-"_s + QString::fromLatin1(hash.result().toHex().left(16));
    const QString dir = runtimeDir.isEmpty() ? qEnvironmentVariable("XDG_RUNTIME_DIR") : runtimeDir;
    if (!dir.isEmpty() && QFileInfo(dir).isDir()) {
        const QString path = QDir(canonicalFolder(dir)).filePath(base);
        if (QFile::encodeName(path).size() <= MaxSocketPathBytes)
            return path;
    }
    return base; // QLocalServer puts it into the temp folder
}

bool SingleInstance::disabledByEnvironment()
{
    return !qEnvironmentVariableIsEmpty("INTEGREAT_NO_SINGLE_INSTANCE");
}

bool SingleInstance::isListening() const
{
    return m_server->isListening();
}

SingleInstance::Role SingleInstance::start(const QString &link, const QString &packFile)
{
    // A pack first; a link given beside it follows once the pack was taken.
    const auto send = [&packFile](const QString &name, const QString &link) {
        if (packFile.isEmpty())
            return SingleInstance::send(name, link);
        const Delivery delivery = sendImport(name, packFile);
        if (delivery == Delivery::Delivered && !link.isEmpty())
            return SingleInstance::send(name, link);
        return delivery;
    };
    const auto forwarded = [this](Delivery delivery) -> std::optional<Role> {
        switch (delivery) {
        case Delivery::Delivered:
            return Role::Forwarded;
        case Delivery::NotAnswered:
            m_error = tr("The running Integreat did not answer in time; it opens the link when "
                         "it can.");
            return Role::Forwarded;
        case Delivery::Rejected:
            m_error = tr("The running Integreat did not accept the link.");
            return Role::Refused;
        case Delivery::NoServer:
            break;
        }
        return std::nullopt;
    };
    if (const auto role = forwarded(send(m_name, link)))
        return *role;
    if (m_server->listen(m_name))
        return Role::Primary;
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // Another start may have begun to listen just now; if nobody answers, the socket is
        // what a crashed instance left behind.
        if (const auto role = forwarded(send(m_name, link)))
            return *role;
        QLocalServer::removeServer(m_name);
        if (m_server->listen(m_name))
            return Role::Primary;
    }
    m_error = tr("Cannot watch for a second start of Integreat: %1").arg(m_server->errorString());
    return Role::Alone;
}

SingleInstance::Delivery SingleInstance::send(const QString &name, const QString &link,
                                              int timeoutMs)
{
    return link.isEmpty() ? deliver(name, RaiseCommand, {}, timeoutMs)
                          : deliver(name, OpenCommand, link, timeoutMs);
}

SingleInstance::Delivery SingleInstance::sendImport(const QString &name, const QString &packFile,
                                                    int timeoutMs)
{
    return deliver(name, ImportCommand, packFile, timeoutMs);
}

SingleInstance::Delivery SingleInstance::deliver(const QString &name, const QByteArray &command,
                                                 const QString &text, int timeoutMs)
{
    QByteArray message = command;
    // A link holds no raw control characters; percent-encoded they mean the same.
    for (const char c : text.toUtf8()) {
        if ((c >= 0 && c < 0x20) || c == 0x7f)
            message += '%' + QByteArray::number(uchar(c), 16).rightJustified(2, '0').toUpper();
        else
            message += c;
    }
    message += '\n';
    if (message.size() > MaxMessageBytes)
        return Delivery::Rejected;

    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(int(deadline.remainingTime()))) {
        return socket.error() == QLocalSocket::SocketTimeoutError ? Delivery::NotAnswered
                                                                  : Delivery::NoServer;
    }
    socket.write(message);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
            return Delivery::NotAnswered;
    }
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(int(deadline.remainingTime())))
            return Delivery::NotAnswered;
    }
    return socket.readLine(16) == "OK\n" ? Delivery::Delivered : Delivery::Rejected;
}

void SingleInstance::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        if (m_clients >= MaxClients) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        serve(socket);
    }
}

void SingleInstance::serve(QLocalSocket *socket)
{
    ++m_clients;
    connect(socket, &QObject::destroyed, this, [this] { --m_clients; });
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, socket, [socket] {
        socket->abort(); // said nothing useful in time
        socket->deleteLater();
    });
    timer->start(ClientTimeoutMs);

    auto client = std::make_shared<Client>();
    connect(socket, &QLocalSocket::readyRead, this, [this, socket, client] {
        if (client->answered) {
            socket->readAll();
            return;
        }
        client->buffer += socket->read(MaxMessageBytes - client->buffer.size());
        const qsizetype end = client->buffer.indexOf('\n');
        if (end < 0 && client->buffer.size() < MaxMessageBytes)
            return; // wait for the rest of the line
        const std::optional<Request> request =
            end < 0 ? std::nullopt : parseRequest(client->buffer.left(end));
        client->answered = true;
        client->buffer.clear();
        socket->write(request ? "OK\n" : "ERR\n");
        socket->disconnectFromServer(); // after the answer is written
        if (request && request->import)
            emit importRequested(request->text);
        else if (request)
            emit activationRequested(request->text);
    });
}

} // namespace integreat::desktop
