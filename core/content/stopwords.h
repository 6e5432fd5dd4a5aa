#pragma once

#include <QString>

/// Stop words: function words that say nothing about what a page is about ("wie", "kann",
/// "ich", "the", "في"). Left out of the ranked any-word search that long queries and questions
/// fall back to. Compact lists of our own for de, en, ar, fa, uk, ru and tr (Snowball ships
/// none with libstemmer); for other languages the search derives stop words from how many
/// items of the index contain a word (Search).
namespace integreat::content {

/// True when `normalizedWord` (normalizeForSearch form) is a stop word of `language` ("de",
/// "en" …; a regional variant like "de-si" uses its first part). Unknown languages: false.
bool isStopWord(const QString &language, const QString &normalizedWord);

} // namespace integreat::content
