#pragma once

#include <QByteArray>

namespace integreat::net {

/// The one User-Agent of every request: "IntegreatDesktop/<version> (<OS>; Qt <version>;
/// +https://integreat-app.de)": the app, its version and a contact URL (the OSM tile policy asks
/// for it).
QByteArray userAgent();

} // namespace integreat::net
