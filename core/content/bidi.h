#pragma once

#include "core/model/region.h"

#include <QString>
#include <QStringView>

// Numbers in right-to-left text (docs/architecture.md, "Right-to-left"): phone numbers, times,
// ranges, dates and IBAN-like runs are written left to right inside Arabic, Farsi, Sorani,
// Pashto and Urdu text by wrapping them in Unicode isolates (LRI U+2066 ... PDI U+2069). The
// bidi algorithm alone would reorder their parts ("08:00–12:00" shows as "12:00–08:00",
// "+49 821 324-0" as "324-0 821 +49").
namespace integreat::content::bidi {

inline constexpr QChar LeftToRightIsolate{0x2066};
inline constexpr QChar FirstStrongIsolate{0x2068};
inline constexpr QChar PopDirectionalIsolate{0x2069};

/// `text` with every number run wrapped in LRI … PDI. A run is digits joined by separators:
/// `. : / -` or a dash (U+2010–U+2014) without spaces, a dash or slash with a space on each side
/// (" – "), or single spaces between digit groups; it may start with `+` and take the
/// percent or currency signs right next to it. An IBAN-like run starts with two capital Latin
/// letters and two digits ("DE89 3704 0044 0532 0130 00"). Plain single numbers ("86150",
/// "2026") are left alone: they already read left to right, and an isolate would only move a
/// sign next to them. Runs glued to a Latin word and text already inside an isolate or an
/// embedding stay as they are, so applying it again changes nothing.
QString isolateNumbers(const QString &text);

/// `text` as one isolate: left to right (a phone number as a whole) or, with FirstStrongIsolate,
/// in the direction of its first letter (an address line: "86150 Augsburg" left to right, an
/// Arabic street name right to left). Empty and already wrapped text is returned as it is.
QString isolated(const QString &text, QChar opener = LeftToRightIsolate);

/// Whether `text` is one isolate from its first to its last character (LRI … matching PDI).
bool isWhollyIsolated(QStringView text);

/// Whether a content language is written right to left when the region's language list does
/// not say: Arabic, Farsi/Dari, Sorani, Pashto, Urdu (Integreat's codes, case-insensitive).
bool isRightToLeftLanguage(const QString &code);
/// Whether `code` is written right to left in `region`: its language list's `dir`, else by code.
bool isRightToLeftLanguage(const model::Region &region, const QString &code);

} // namespace integreat::content::bidi
