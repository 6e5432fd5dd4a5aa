#pragma once

#include "model/place.h"

#include <QString>
#include <QUrl>

namespace integreat::geo {

/// "{name} | {area}", or whichever exists, or an empty string (the caller says "Contact").
QString contactHeadline(const model::Contact &contact);
/// "name, street, postcode town" (country left out), skipping empty parts.
QString fullAddress(const model::Address &address);
/// The official app's Android form: "geo:LAT,LON?q=<full address>" (not URL-encoded).
QString geoUri(const model::Address &address);
/// A web map link for desktops without a geo: handler: OpenStreetMap at the place.
QUrl webMapUrl(const model::Address &address);
/// Shortest decimal form of a coordinate, as JavaScript prints numbers (30, 48.3689).
QString coordinateText(double value);

} // namespace integreat::geo
