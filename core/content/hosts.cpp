#include "hosts.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace integreat::content {

QUrl defaultCmsUrl()
{
    return QUrl(u"https://cms.integreat-app.de/"_s);
}

QUrl resolutionBase(const QUrl &server)
{
    if (!server.isValid() || server.host().isEmpty()
        || (server.scheme() != u"http" && server.scheme() != u"https"))
        return defaultCmsUrl();
    QUrl base = server.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                                | QUrl::RemoveUserInfo);
    base.setPath(u"/"_s);
    return base;
}

bool isIntegreatHost(const QString &host, const QUrl &server)
{
    static const QStringList hosts{u"integreat.app"_s, u"web.integreat-app.de"_s,
                                   u"cms.integreat-app.de"_s, u"cms-test.integreat-app.de"_s};
    if (host.isEmpty())
        return false;
    if (hosts.contains(host))
        return true;
    return !server.host().isEmpty() && host == server.host().toLower();
}

bool isAllowedResourceHost(const QUrl &url, const QUrl &server)
{
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return false;
    const QString host = url.host().toLower();
    if (isIntegreatHost(host, server))
        return true;
    // Media hosts: any sub-domain of integreat-app.de (not a look-alike such as
    // "evilintegreat-app.de", and not a host that merely contains the name).
    return host.endsWith(u".integreat-app.de"_s) && host.size() > 17;
}

} // namespace integreat::content
