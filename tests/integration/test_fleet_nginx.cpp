// Fleets through a caching proxy (issue 16, docs/fleet.md): a real nginx on 127.0.0.1 as a caching
// reverse proxy in front of the test server. The first PC's sync fills the cache; the second PC's
// sync is answered from it (the test server sees no request) and ends with the same content.
// SKIPPED without nginx (Debian nginx-light).
#include "packfixture.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QThread>

using namespace integreat;
using namespace integreat::testing;
using namespace Qt::StringLiterals;

namespace {

/// docs/fleet.md's configuration for the test: a private prefix, no daemon, one process (it
/// runs as the test's user), lists cached for 10 minutes whatever the server says.
QString nginxConfig(const QString &prefix, quint16 port, const QUrl &upstream)
{
    return uR"(daemon off;
master_process off;
worker_processes 1;
pid %1/nginx.pid;
error_log %1/error.log warn;
events { worker_connections 64; }
http {
  access_log %1/access.log;
  client_body_temp_path %1/body;
  proxy_temp_path %1/proxy;
  fastcgi_temp_path %1/fastcgi;
  uwsgi_temp_path %1/uwsgi;
  scgi_temp_path %1/scgi;
  proxy_cache_path %1/cache levels=1:2 keys_zone=integreat:10m max_size=1g inactive=7d
                   use_temp_path=off;
  server {
    listen 127.0.0.1:%2;
    location / {
      proxy_pass %3;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_cache integreat;
      proxy_cache_key $scheme$proxy_host$request_uri;
      proxy_cache_valid 200 301 302 10m;
      proxy_cache_valid 404 1m;
      proxy_cache_lock on;
      proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;
      proxy_ignore_headers Cache-Control Expires Set-Cookie;
      add_header X-Cache-Status $upstream_cache_status always;
    }
  }
}
)"_s.arg(prefix)
        .arg(port)
        .arg(upstream.toString());
}

quint16 freePort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

bool accepts(quint16 port, const QDeadlineTimer &deadline)
{
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(20); // polling for the port, up to the deadline
    }
    return false;
}

} // namespace

TEST_CASE("A second PC syncing through an nginx cache is served from the cache")
{
    INTEGREAT_REQUIRE_CORPUS();
    const QString nginx =
        QStandardPaths::findExecutable(u"nginx"_s).isEmpty()
            ? QStandardPaths::findExecutable(u"nginx"_s, {u"/usr/sbin"_s, u"/sbin"_s})
            : QStandardPaths::findExecutable(u"nginx"_s);
    if (nginx.isEmpty()) {
        WARN("SKIPPED: nginx is not installed (Debian nginx-light)");
        return;
    }
    CliFixture f; // the CMS (test server) and PC A's data folder
    QTemporaryDir prefix, dirB;
    const quint16 port = freePort();
    {
        QFile conf(prefix.filePath(u"nginx.conf"_s));
        REQUIRE(conf.open(QIODevice::WriteOnly));
        QTextStream(&conf) << nginxConfig(prefix.path(), port, f.server.baseUrl());
    }
    QProcess proxy;
    proxy.setProcessChannelMode(QProcess::MergedChannels);
    proxy.start(nginx, {u"-p"_s, prefix.path(), u"-c"_s, prefix.filePath(u"nginx.conf"_s)});
    REQUIRE(proxy.waitForStarted());
    const bool up = accepts(port, QDeadlineTimer(20000));
    INFO(QString::fromUtf8(proxy.readAll()).toStdString());
    REQUIRE(up);

    const QString cache = u"http://127.0.0.1:%1"_s.arg(port);
    const auto syncThroughCache = [&](const QString &dataDir) {
        return runCli({u"--server"_s, cache, u"--data-dir"_s, dataDir, u"--timeout"_s, u"5"_s,
                       u"sync"_s, u"--region"_s, u"augsburg"_s, u"--languages"_s, u"de,ar"_s,
                       u"--no-resources"_s});
    };
    const CliResult first = syncThroughCache(f.dir.path());
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const int listsAfterFirst = f.server.requestCount(u"/api/"_s);
    CHECK(listsAfterFirst > 0);

    const CliResult second = syncThroughCache(dirB.path());
    INFO(second.err.toStdString());
    REQUIRE(second.exitCode == 0);
    CHECK(f.server.requestCount(u"/api/"_s) == listsAfterFirst); // all from nginx's cache

    const auto status = [&](const QString &dataDir) { // without the times of the two syncs
        QJsonObject root = PackFixture::comparableStatus(
            runCli({u"--data-dir"_s, dataDir, u"status"_s, u"--json"_s}));
        QJsonArray regions;
        for (const QJsonValue region : root.value(u"regions"_s).toArray()) {
            QJsonObject r = region.toObject();
            QJsonArray languages;
            for (const QJsonValue language : r.value(u"languages"_s).toArray()) {
                QJsonObject l = language.toObject();
                l.remove(u"last_sync"_s);
                l.remove(u"last_attempt"_s);
                languages.append(l);
            }
            r.insert(u"languages"_s, languages);
            regions.append(r);
        }
        root.insert(u"regions"_s, regions);
        return root;
    };
    CHECK(status(f.dir.path()) == status(dirB.path()));
    for (const QString &language : {u"de"_s, u"ar"_s}) {
        const QString a = PackFixture::snapshot(f.dir.path(), language).section(u'\n', 1);
        const QString b = PackFixture::snapshot(dirB.path(), language).section(u'\n', 1);
        CHECK(a == b); // the same content (the sync times differ by the seconds between them)
    }

    proxy.terminate(); // SIGTERM: nginx's fast shutdown
    if (!proxy.waitForFinished(10000)) {
        proxy.kill();
        proxy.waitForFinished();
    }
}
