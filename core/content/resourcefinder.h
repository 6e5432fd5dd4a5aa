#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace integreat::content {

/// Whether `url` may be downloaded into the resource cache: http(s) on the CMS we sync from
/// (`server`'s host), on the official CMS (cms.integreat-app.de, cms-test.integreat-app.de) or
/// on an integreat-app.de media host (*.integreat-app.de). No user info in the URL.
bool isCmsHost(const QUrl &url, const QUrl &server);

/// Whether the URL's path ends in an extension the cache keeps:
/// png, jpg, jpeg, gif, webp, svg, pdf (case-insensitive; the query does not count).
bool hasResourceExtension(const QUrl &url);

/// A reference as written in content (`src`/`href` value after entity decoding, a thumbnail,
/// an icon URL) resolved against the root of `server`, without its fragment, when it is a cacheable
/// resource: on a CMS host (isCmsHost) and, if `requireExtension`, with a resource extension.
/// nullopt otherwise (foreign hosts, data:, file:, javascript:, mailto:, unparsable values).
std::optional<QUrl> resolveResource(const QString &reference, const QUrl &server,
                                    bool requireExtension = true);

/// The resources an HTML fragment refers to: `src` and `href` attribute values that
/// resolveResource() accepts, in document order, each once. Comments and the raw text of
/// script/style are skipped. Tolerant of broken markup; never throws.
QList<QUrl> findResources(const QString &html, const QUrl &server);

/// The cache file names of `integreat-resource:` URLs in HTML that was already rewritten to
/// point at the local store (see resourcename.h), each once; only valid names.
QStringList findLocalResourceFiles(const QString &html);

} // namespace integreat::content
