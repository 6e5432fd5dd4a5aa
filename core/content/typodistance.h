#pragma once

#include <QStringView>

/// Edit distances for typo-tolerant search.
namespace integreat::content {

/// The edit distance a query word of `length` characters may be from an index word: 0 below 4
/// letters, 1 for 4–7, 2 for 8–9, 3 from 10 (like the official app's fuzzy 0.25 × length).
int maxTypoDistance(qsizetype length);

/// The optimal-string-alignment (restricted Damerau–Levenshtein) distance between `a` and `b`:
/// insertions, deletions, substitutions and transpositions of neighbours count one each
/// ("kindergelt" -> "kindergeld" 1, "arbiet" -> "arbeit" 1). Gives up early: any distance above
/// `max` is returned as max + 1.
int typoDistance(QStringView a, QStringView b, int max);

} // namespace integreat::content
