#pragma once

#include <QString>
#include <QUrl>

namespace integreat::content {

/// https://cms.integreat-app.de: the base relative content URLs resolve against when no
/// --server was given.
QUrl defaultCmsUrl();

/// The base for resolving relative URLs: `server` (scheme, host and port only) or the default CMS.
QUrl resolutionBase(const QUrl &server);

/// Whether `host` (already lower case, as QUrl gives it) is one of the Integreat web hosts whose
/// pages are internal links: integreat.app, web.integreat-app.de, cms.integreat-app.de,
/// cms-test.integreat-app.de, and the host of `server` when one is given.
bool isIntegreatHost(const QString &host, const QUrl &server);

/// Whether resources (images, PDFs) may be fetched from `url` and shown from the local store:
/// http(s) only, from the --server host, the Integreat web and CMS hosts above or any
/// *.integreat-app.de media host. Everything else is never fetched.
bool isAllowedResourceHost(const QUrl &url, const QUrl &server);

} // namespace integreat::content
