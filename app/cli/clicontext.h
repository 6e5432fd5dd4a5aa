#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QUrl>
#include <memory>
#include <optional>

namespace integreat::store {
class Store;
class StoreError;
} // namespace integreat::store
namespace integreat::api {
class HttpClient;
}

namespace integreat::cli {

/// The global options every command understands, and what they open.
class CliContext final
{
    Q_DISABLE_COPY_MOVE(CliContext)

public:
    CliContext();
    ~CliContext();

    /// Adds --server, --data-dir, --timeout, --retries and --proxy to a command's parser.
    void addGlobalOptions(QCommandLineParser &parser);
    /// Parses a command's arguments (global options added here), answers --help, reads the global
    /// options. Returns an exit code when the command must stop now (help shown, usage error).
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments);

    QUrl server() const { return m_server; }
    QString dataDir() const { return m_dataDir; }

    /// Opens (creating if needed) the store in the data folder; nullptr after printing why not.
    store::Store *openStore();
    api::HttpClient &http();
    /// A store failure as one line; when `integreat-cli repair` can help, it says so.
    QString storeFailure(const store::StoreError &error) const;

private:
    bool read(const QCommandLineParser &parser);

    QCommandLineOption m_serverOption;
    QCommandLineOption m_dataDirOption;
    QCommandLineOption m_timeoutOption;
    QCommandLineOption m_retriesOption;
    QCommandLineOption m_proxyOption;
    QUrl m_server;
    QString m_dataDir;
    int m_timeoutSeconds = 30;
    int m_retries = 3;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<api::HttpClient> m_http;
};

} // namespace integreat::cli
