#pragma once

#include <QCoreApplication>
#include <QString>

namespace integreat::net {

/// The proxy every request of this process goes through (process-wide, set before the first
/// request). Accepted values: empty: the system's proxy settings (http_proxy, https_proxy and
/// no_proxy on Linux); "http://[user:password@]host[:port]" (port 8080 when left out) or
/// "socks5://host[:port]" (1080): that proxy for every request; "none" or "direct": no proxy.
class Proxy final
{
    Q_DECLARE_TR_FUNCTIONS(integreat::net::Proxy)

public:
    /// An error sentence for a value it cannot use, else an empty string (changes nothing).
    static QString check(const QString &url);
    /// Applies the value; returns check()'s error (and changes nothing) when it is unusable.
    static QString configure(const QString &url);
};

} // namespace integreat::net
