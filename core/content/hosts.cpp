#include "core/content/hosts.h"

#include "core/content/resourcefinder.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace integreat::content {

QUrl defaultCmsUrl()
{
    return QUrl(u"https://cms.integreat-app.de/"_s);
}

QUrl resolutionBase(const QUrl &server)
{
    if (!server.isValid() || server.host().isEmpty() ||
        (server.scheme() != u"http" && server.scheme() != u"https"))
        return defaultCmsUrl();
    QUrl base = server.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                QUrl::RemoveUserInfo);
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
    // One rule for the sanitizer and the resource cache: a resource is shown only if it can be
    // downloaded, i.e. it lives on the --server host or an *.integreat-app.de media host.
    return isCmsHost(url, server);
}

} // namespace integreat::content
