#pragma once

#include <QString>

namespace integreat::content {

/// The store key of an item a person typed or pasted: accepts /augsburg/de/willkommen/,
/// augsburg/de/willkommen, willkommen, an integreat.app URL or a percent-encoded path, and
/// returns /augsburg/de/willkommen/ (for `region` augsburg and `language` de).
QString itemPath(const QString &input, const QString &region, const QString &language);

} // namespace integreat::content
