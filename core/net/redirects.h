#pragma once

#include <QUrl>

namespace integreat::net {

/// The port a URL talks to: its own, else 443 for https and 80 for http (-1 for other schemes).
int effectivePort(const QUrl &url);
/// Same scheme, host (case-insensitive, without a trailing dot) and effective port.
bool sameOrigin(const QUrl &a, const QUrl &b);
/// The port rule for resources: on the server's host only the server's port; on any other
/// host only the scheme's default port (an image on the CMS host name but another port is
/// not the CMS).
bool portAllowed(const QUrl &url, const QUrl &server);

} // namespace integreat::net
