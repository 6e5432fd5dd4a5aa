#include "core/net/useragent.h"

#include <QByteArray>
#include <QString>
#include <QSysInfo>

namespace integreat::net {

QByteArray userAgent()
{
#ifdef INTEGREAT_VERSION
    const QByteArray version = INTEGREAT_VERSION;
#else
    const QByteArray version = "dev";
#endif
    static const QByteArray agent = QByteArray("IntegreatDesktop/") + version + " (" +
                                    QSysInfo::prettyProductName().toUtf8() + "; Qt " +
                                    QByteArray(qVersion()) + "; +https://integreat-app.de)";
    return agent;
}

} // namespace integreat::net
