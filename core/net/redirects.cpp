#include "core/net/redirects.h"

using namespace Qt::StringLiterals;

namespace integreat::net {

namespace {
QString normalHost(const QUrl &url)
{
    QString host = url.host().toLower();
    if (host.endsWith(u'.'))
        host.chop(1);
    return host;
}
} // namespace

int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int fallback = scheme == u"https" ? 443 : scheme == u"http" ? 80 : -1;
    return url.port(fallback);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           normalHost(a) == normalHost(b) && effectivePort(a) == effectivePort(b);
}

bool portAllowed(const QUrl &url, const QUrl &server)
{
    if (!server.host().isEmpty() && normalHost(url) == normalHost(server))
        return effectivePort(url) == effectivePort(server);
    QUrl standard = url;
    standard.setPort(-1);
    return effectivePort(url) == effectivePort(standard);
}

} // namespace integreat::net
