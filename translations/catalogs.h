#pragma once

#include <QString>

namespace integreat::i18n {

/// Where the UI catalogs are embedded: ":/i18n", holding integreat-desktop_<lang>.qm.
QString catalogDir();
/// The embedded catalog of `language` ("de", "ar"), whether or not it exists.
QString catalogPath(const QString &language);

} // namespace integreat::i18n
