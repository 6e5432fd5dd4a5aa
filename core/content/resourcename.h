#pragma once

#include <QString>
#include <QUrl>

namespace integreat::content {

/// The URL scheme of resources (images, PDFs) served from the local store. Sanitized HTML points
/// at `integreat-resource:<file>`; views resolve it to the cached file, or show a placeholder.
inline constexpr char16_t ResourceScheme[] = u"integreat-resource";

/// The cache file name of a resource: the SHA-256 of its URL (fully encoded) plus a lower-case
/// extension from the URL's path when it is a known one (png, jpg, jpeg, gif, webp, svg, pdf).
QString resourceFileName(const QUrl &url);
/// integreat-resource:<resourceFileName(url)>
QUrl localResourceUrl(const QUrl &url);
/// The file name inside an integreat-resource: URL, or empty when it is not one.
QString fileNameOfLocalResource(const QUrl &localUrl);

} // namespace integreat::content
