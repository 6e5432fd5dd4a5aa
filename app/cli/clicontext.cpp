#include "cli/clicontext.h"

#include "cli/cliconsole.h"
#include "core/api/httpclient.h"
#include "core/net/proxy.h"
#include "core/paths/datapaths.h"
#include "core/store/store.h"
#include "core/store/storerescue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace integreat::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("integreat::cli", text);
}
} // namespace

CliContext::CliContext()
    : m_serverOption(
          u"server"_s,
          tr("Integreat CMS to talk to (default: %1).").arg(u"https://cms.integreat-app.de"_s),
          u"URL"_s, u"https://cms.integreat-app.de"_s)
    , m_dataDirOption(
          u"data-dir"_s,
          tr("Folder of the local store (default: %1).").arg(paths::DataPaths::defaultDataDir()),
          u"DIR"_s, paths::DataPaths::defaultDataDir())
    , m_timeoutOption(u"timeout"_s,
                      tr("Give up on a silent server after this many seconds (default: 30)."),
                      u"SECONDS"_s, u"30"_s)
    , m_retriesOption(u"retries"_s, tr("Retries of a failed download (default: 3)."), u"N"_s,
                      u"3"_s)
    , m_proxyOption(u"proxy"_s,
                    tr("Send every request through this proxy: http://HOST:PORT, "
                       "socks5://HOST:PORT or none (default: the system's proxy settings)."),
                    u"URL"_s)
{
}

CliContext::~CliContext() = default;

void CliContext::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption(m_serverOption);
    parser.addOption(m_dataDirOption);
    parser.addOption(m_timeoutOption);
    parser.addOption(m_retriesOption);
    parser.addOption(m_proxyOption);
}

std::optional<int> CliContext::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption help = parser.addHelpOption();
    addGlobalOptions(parser);
    if (!parser.parse(arguments))
        return fail(parser.errorText() + tr(" (see --help)"), 2);
    if (parser.isSet(help)) {
        out(parser.helpText().trimmed());
        return 0;
    }
    if (!read(parser))
        return 2;
    return std::nullopt;
}

bool CliContext::read(const QCommandLineParser &parser)
{
    m_server = QUrl(parser.value(m_serverOption), QUrl::StrictMode);
    if (!m_server.isValid() ||
        (m_server.scheme() != u"https"_s && m_server.scheme() != u"http"_s) ||
        m_server.host().isEmpty()) {
        fail(tr("--server needs an http(s) URL such as https://cms.integreat-app.de"), 2);
        return false;
    }
    m_dataDir = QDir(parser.value(m_dataDirOption)).absolutePath();
    bool ok = false;
    m_timeoutSeconds = parser.value(m_timeoutOption).toInt(&ok);
    if (!ok || m_timeoutSeconds < 1) {
        fail(tr("--timeout needs a number of seconds of at least 1"), 2);
        return false;
    }
    m_retries = parser.value(m_retriesOption).toInt(&ok);
    if (!ok || m_retries < 0 || m_retries > 10) {
        fail(tr("--retries needs a number from 0 to 10"), 2);
        return false;
    }
    if (const QString error = net::Proxy::configure(parser.value(m_proxyOption));
        !error.isEmpty()) {
        fail(error, 2);
        return false;
    }
    return true;
}

store::Store *CliContext::openStore()
{
    if (m_store)
        return m_store.get();
    if (!QDir().mkpath(m_dataDir)) {
        fail(tr("Cannot create the data folder %1").arg(m_dataDir));
        return nullptr;
    }
    try {
        m_store = std::make_unique<store::Store>(paths::DataPaths(m_dataDir).storeFile());
    } catch (const store::StoreError &error) {
        fail(tr("Cannot open the local store %1: %2")
                 .arg(paths::DataPaths(m_dataDir).storeFile(), storeFailure(error)));
        return nullptr;
    }
    return m_store.get();
}

QString CliContext::storeFailure(const store::StoreError &error) const
{
    const QString path = paths::DataPaths(m_dataDir).storeFile();
    QString text = QString::fromUtf8(error.what());
    const bool exists = QFileInfo::exists(path);
    if (exists && store::StoreRescue::isRepairable(error.reason())) {
        text += (text.endsWith(u'.') ? u" "_s : u". "_s) +
                tr("Run “integreat-cli repair” to move %1 aside and download the content "
                   "again.")
                    .arg(path);
    }
    return text;
}

api::HttpClient &CliContext::http()
{
    if (!m_http) {
        api::HttpOptions options;
        options.transferTimeoutMs = m_timeoutSeconds * 1000;
        options.retry.maxAttempts = m_retries + 1;
        m_http = std::make_unique<api::HttpClient>(options);
    }
    return *m_http;
}

} // namespace integreat::cli
