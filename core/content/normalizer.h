#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

/// Text normalization for search, the same for indexing and for queries, so that a word matches
/// however it is written: like the official Integreat app (NFKD, every combining mark dropped,
/// so also Arabic harakat and hamza marks, ß -> ss, lower case, trimmed) plus folds that app
/// does not make but that searchers need:
/// - Arabic-script letter variants: alef wasla and other alef forms -> ا, alef maqsura ى and
///   Farsi yeh ی -> ي, Farsi keheh ک -> ك; tatweel ـ and the high hamza ٴ are dropped;
/// - format characters (Unicode Cf) are dropped: the Persian zero-width non-joiner (so
///   «می‌خواهم» and «میخواهم» are one word), ZWJ, LRM/RLM, soft hyphens, BOM;
/// - Turkish dotless ı -> i (İ already becomes i), Greek final ς -> σ, capital ẞ -> ss;
/// - every decimal digit (Arabic-Indic ٣, Persian ۳ …) -> its ASCII digit.
namespace integreat::content {

/// The normalized, trimmed form of `text` ("Straße" -> "strasse", "مَرْحَبًا" -> "مرحبا").
QString normalizeForSearch(const QString &text);

/// The normalized form (not trimmed) with, for every UTF-16 unit of it, the index of the
/// UTF-16 unit of `source` where the character it came from starts. Lets a match found in the
/// normalized text be shown in the original one.
struct NormalizedText
{
    QString text;
    QList<qsizetype> starts; ///< starts.size() == text.size()
    qsizetype sourceSize = 0;

    /// Source index of normalized position `index` (sourceSize at the end).
    qsizetype sourceStart(qsizetype index) const;
    /// Source index just after normalized position `index`, including marks and format
    /// characters the normalizer dropped after it.
    qsizetype sourceEnd(qsizetype index) const;
};
NormalizedText normalizeWithOffsets(QStringView source);

/// True for characters the search index keeps inside words (letters, digits, private use):
/// the same classes as SQLite's unicode61 tokenizer; everything else separates words.
bool isWordCharacter(char32_t codePoint);

/// The normalized words of a query, split the way the index splits text ("Ankunfts-Zentrum
/// (Augsburg)" -> ankunfts, zentrum, augsburg). Duplicates and words that are a prefix of
/// another query word are kept; the caller decides.
QStringList searchWords(const QString &query);

} // namespace integreat::content
