#pragma once

#include <QString>

namespace integreat::content {

/// Replaces HTML character references with the characters they stand for:
/// numeric ones (`&#1582;`, `&#x62E;`) and the named ones of a table that covers what the
/// Integreat CMS and its WordPress-era content use (`&amp;`, `&uuml;`, `&szlig;`, `&euro;`,
/// `&ndash;`, `&bdquo;`, `&zwnj;`, `&rlm;` ...). Names are case-sensitive and need the closing
/// `;`. Unknown names stay as they are; numeric references to nothing (0, surrogates, beyond
/// U+10FFFF) become U+FFFD; 128-159 are read as Windows-1252 like browsers do.
QString decodeEntities(const QString &text);

/// Turns an HTML fragment into readable plain text: tags, comments and the contents of
/// script/style/template are dropped; block elements (p, div, li, br, h1-h6, tr, details,
/// summary, ...) start a new line and list items get a "• " prefix; whitespace runs (source line
/// breaks, `\r\n`, tabs, no-break spaces) collapse to one space; entities are decoded after the
/// tags are gone, so `&lt;b&gt;` stays literal text. Lines are trimmed, there is at most one
/// blank line in a row (only `<br><br>` makes one) and the result is trimmed.
QString htmlToPlainText(const QString &html);

} // namespace integreat::content
