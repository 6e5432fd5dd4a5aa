#include "core/net/proxy.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QUrl>
#include <optional>

using namespace Qt::StringLiterals;

namespace integreat::net {

namespace {

bool isNone(const QString &text)
{
    return text.compare(u"none"_s, Qt::CaseInsensitive) == 0 ||
           text.compare(u"direct"_s, Qt::CaseInsensitive) == 0;
}

std::optional<QNetworkProxy> parseProxy(const QString &text)
{
    const QUrl url(text.contains(u"://"_s) ? text : u"http://"_s + text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const bool socks = scheme == u"socks5" || scheme == u"socks5h";
    if (!url.isValid() || url.host().isEmpty() || (!socks && scheme != u"http") ||
        (!url.path().isEmpty() && url.path() != u"/") || url.hasQuery())
        return std::nullopt;
    const QNetworkProxy::ProxyType type =
        socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy;
    return QNetworkProxy(type, url.host(), quint16(url.port(socks ? 1080 : 8080)),
                         url.userName(QUrl::FullyDecoded), url.password(QUrl::FullyDecoded));
}

} // namespace

QString Proxy::check(const QString &url)
{
    const QString text = url.trimmed();
    if (text.isEmpty() || isNone(text) || parseProxy(text))
        return {};
    return tr("The proxy “%1” is not usable: give http://HOST:PORT, socks5://HOST:PORT or none.")
        .arg(text);
}

QString Proxy::configure(const QString &url)
{
    const QString error = check(url);
    if (!error.isEmpty())
        return error;
    const QString text = url.trimmed();
    if (text.isEmpty()) {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        return {};
    }
    QNetworkProxyFactory::setUseSystemConfiguration(false);
    QNetworkProxy::setApplicationProxy(isNone(text) ? QNetworkProxy(QNetworkProxy::NoProxy)
                                                    : *parseProxy(text));
    return {};
}

} // namespace integreat::net
