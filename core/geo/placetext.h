#pragma once

#include "core/model/place.h"

#include <QString>
#include <QUrl>

namespace integreat::geo {

/// "{name} | {area}", or whichever exists, or an empty string (the caller says "Contact").
QString contactHeadline(const model::Contact &contact);
/// "name, street, postcode town" (country left out), skipping empty parts.
QString fullAddress(const model::Address &address);
/// The address as lines to show: name, street, "postcode town", skipping empty ones. With
/// `rightToLeft` (the page around it runs right to left) the street and the town line are
/// first-strong isolates, so "Marktplatz 1" and "86150 Augsburg" keep their order, and numbers
/// in the name are isolated (content::bidi).
QStringList addressLines(const model::Address &address, bool rightToLeft = false);
/// A phone number, e-mail address or web address to show; with `rightToLeft` one isolate.
QString contactText(const QString &value, bool rightToLeft = false);
/// The official app's Android form: "geo:LAT,LON?q=<full address>" (not URL-encoded).
QString geoUri(const model::Address &address);
/// A web map link for desktops without a geo: handler: OpenStreetMap at the place.
QUrl webMapUrl(const model::Address &address);
/// Shortest decimal form of a coordinate, as JavaScript prints numbers (30, 48.3689).
QString coordinateText(double value);

} // namespace integreat::geo
