#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace integreat::desktop {

/// The faces for text in content language `code` (an Integreat code: ti, am, ar, ckb ...),
/// best first: Ethiopic languages get Abyssinica SIL (fonts-sil-abyssinica) or Noto Sans
/// Ethiopic, Arabic-script languages Noto Sans Arabic UI (fonts-noto-ui-core) or the other
/// Noto Arabic faces. Empty for languages whose script every UI font covers (Latin, Cyrillic).
QStringList contentFontFamilies(const QString &code);

/// The first of contentFontFamilies(code) that is installed, or empty.
QString installedContentFamily(const QString &code);

/// `base` (the body font) with the content language's faces in front of its own family, so a
/// page in Tigrinya or Sorani is set in a face that has its letters, and the Latin words and
/// symbols in it fall back to the body font.
QFont contentFont(const QString &code, const QFont &base);

} // namespace integreat::desktop
