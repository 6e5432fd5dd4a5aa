#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace integreat::desktop {

/// One Integreat Desktop per user and data folder. The first start listens on a local socket
/// named after the user and the canonical data folder; a later start hands its link (or just
/// "raise the window", or a content pack to import) to it and exits. Protocol: one UTF-8 line per
/// connection, `OPEN <link>`, `IMPORT <absolute path of a pack>` or `RAISE`, at most
/// MaxMessageBytes, answered with `OK` or `ERR`; a client that sends garbage, too much or nothing
/// within ClientTimeoutMs is dropped.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    static constexpr qsizetype MaxMessageBytes = 8 * 1024;
    static constexpr int ClientTimeoutMs = 3000;
    /// How long a second start waits for the running one to connect and answer.
    static constexpr int ForwardTimeoutMs = 5000;

    enum class Role
    {
        Primary,   ///< this process listens; it runs the app
        Forwarded, ///< a running instance took the request; this process should exit 0
        Refused,   ///< a running instance refused the request; exit non-zero (errorString())
        Alone,     ///< no running instance answered and listening failed: run without it
    };
    enum class Delivery
    {
        Delivered,   ///< the running instance answered OK
        NoServer,    ///< nobody listens (none running, or a stale socket)
        NotAnswered, ///< connected and sent, but no answer in time (the instance is busy)
        Rejected,    ///< the running instance answered ERR
    };

    /// `runtimeDir`: the folder for the socket (empty: $XDG_RUNTIME_DIR, else the temp folder).
    explicit SingleInstance(const QString &dataDir, const QString &runtimeDir = {},
                            QObject *parent = nullptr);
    ~SingleInstance() override;

    /// The socket name for this user and `dataDir`: a short hash, inside `runtimeDir` when one is
    /// given (or $XDG_RUNTIME_DIR is set) and the path fits a socket address.
    static QString serverName(const QString &dataDir, const QString &runtimeDir = {});
    /// Whether INTEGREAT_NO_SINGLE_INSTANCE is set (tests that start several apps on one folder).
    static bool disabledByEnvironment();

    /// Hands `link` (empty: just raise) and `packFile` (empty: none) to a running instance, or
    /// becomes the one that runs. A socket left by a crashed instance is removed.
    Role start(const QString &link, const QString &packFile = {});
    /// Sends one request to the instance listening on `name` and waits for its answer.
    static Delivery send(const QString &name, const QString &link,
                         int timeoutMs = ForwardTimeoutMs);
    /// The same for a content pack to import (an absolute path).
    static Delivery sendImport(const QString &name, const QString &packFile,
                               int timeoutMs = ForwardTimeoutMs);

    QString name() const { return m_name; }
    bool isListening() const;
    /// Why start() returned Alone or Refused, or that the running one did not answer in time.
    QString errorString() const { return m_error; }

signals:
    /// Another start asked this one to come forward and open `link` (empty: only raise).
    void activationRequested(const QString &link);
    /// Another start was given a content pack: come forward and import `packFile`.
    void importRequested(const QString &packFile);

private:
    static Delivery deliver(const QString &name, const QByteArray &command, const QString &text,
                            int timeoutMs);
    void accept();
    void serve(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server;
    QString m_error;
    int m_clients = 0;
};

} // namespace integreat::desktop
