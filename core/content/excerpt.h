#pragma once

#include "core/content/normalizer.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

/// Finding search words in display text and cutting excerpts around them, like the official
/// app's findNormalizedMatches / getExcerpt / truncate: matching happens on the normalized
/// text (normalizer.h), offsets are reported in the original text (UTF-16 units).
namespace integreat::content {

struct TextRange
{
    qsizetype start = 0;
    qsizetype length = 0;
    qsizetype end() const { return start + length; }
    bool operator==(const TextRange &) const = default;
};

/// Where any of `words` (normalized here) occurs in `text`: sorted, overlapping or touching
/// ranges merged. With `wordStartOnly` a match must begin a word (at the start of the text or
/// after a character that is not a letter or digit), as the search index matches.
QList<TextRange> findMatches(const QString &text, const QStringList &words,
                             bool wordStartOnly = true);
/// The same on an already normalized text with already normalized words.
QList<TextRange> findMatches(const NormalizedText &text, const QStringList &normalizedWords,
                             bool wordStartOnly = true);

/// The first place where one of `normalizedWords` begins a word of `text`. Normalizes the
/// text piece by piece and stops at the first match, so an early match costs little.
std::optional<TextRange> findFirstMatch(const QString &text, const QStringList &normalizedWords);

/// Line breaks become spaces, the text is trimmed and, if longer than `maxChars`, cut at a
/// space with "..." added: at the end, or at the start when `reverse`.
QString truncateText(const QString &text, int maxChars, bool reverse = false);

/// About `maxChars` of `text` around the match at [matchStart, matchStart + matchLength): the
/// start of the text when the match is near it (or matchStart < 0), the end when the match is
/// near the end, else half before and half after, with "..." where text was cut.
QString excerptAround(const QString &text, qsizetype matchStart, qsizetype matchLength,
                      int maxChars);

/// The official getExcerpt: the excerpt around the first occurrence of the whole normalized
/// `query` in the normalized `text` (start of the text when there is none).
QString excerpt(const QString &text, const QString &query, int maxChars);

} // namespace integreat::content
