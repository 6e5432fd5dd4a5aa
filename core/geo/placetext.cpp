#include "core/geo/placetext.h"

#include "core/content/bidi.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace integreat::geo {

QString contactHeadline(const model::Contact &contact)
{
    QStringList parts;
    if (!contact.name.trimmed().isEmpty())
        parts << contact.name.trimmed();
    if (!contact.areaOfResponsibility.trimmed().isEmpty())
        parts << contact.areaOfResponsibility.trimmed();
    return parts.join(u" | "_s);
}

QString fullAddress(const model::Address &address)
{
    return addressLines(address).join(u", "_s);
}

QStringList addressLines(const model::Address &address, bool rightToLeft)
{
    QStringList lines;
    if (!address.name.isEmpty())
        lines << (rightToLeft ? content::bidi::isolateNumbers(address.name) : address.name);
    const auto line = [rightToLeft](const QString &text) {
        return rightToLeft ? content::bidi::isolated(text, content::bidi::FirstStrongIsolate)
                           : text;
    };
    if (!address.street.isEmpty())
        lines << line(address.street);
    const QString town = QStringList{address.postcode, address.town}.join(u' ').trimmed();
    if (!town.isEmpty())
        lines << line(town);
    return lines;
}

QString contactText(const QString &value, bool rightToLeft)
{
    return rightToLeft ? content::bidi::isolated(value) : value;
}

QString coordinateText(double value)
{
    return QString::number(value, 'g', 15);
}

QString geoUri(const model::Address &address)
{
    QString uri = u"geo:"_s;
    if (address.latitude && address.longitude)
        uri += coordinateText(*address.latitude) + u',' + coordinateText(*address.longitude);
    else
        uri += u"0,0"_s;
    const QString query = fullAddress(address);
    if (!query.isEmpty())
        uri += u"?q="_s + query;
    return uri;
}

QUrl webMapUrl(const model::Address &address)
{
    QUrl url(u"https://www.openstreetmap.org/"_s);
    QUrlQuery query;
    if (address.latitude && address.longitude) {
        const QString lat = coordinateText(*address.latitude);
        const QString lon = coordinateText(*address.longitude);
        query.addQueryItem(u"mlat"_s, lat);
        query.addQueryItem(u"mlon"_s, lon);
        url.setFragment(u"map=18/"_s + lat + u'/' + lon);
    } else {
        url.setPath(u"/search"_s);
        query.addQueryItem(u"query"_s, fullAddress(address));
    }
    url.setQuery(query);
    return url;
}

} // namespace integreat::geo
