#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <functional>
#include <memory>
#include <vector>

namespace integreat::content {
class Stemmer;
}

namespace integreat::store {

class Database;

/// The words of the search index (table search_terms, kept by SearchIndex), in memory, for
/// the lookups that make search forgiving: typo corrections within content::maxTypoDistance,
/// other forms of a word (the same Snowball stem) and compounds that contain a word ("geld" in
/// "kindergeld"). Immutable once loaded; shared() keeps one per store file and loads it again
/// only when search_terms changed.
class SearchVocabulary final
{
public:
    /// Words shorter than this are not kept (they are never corrected nor found in compounds).
    static constexpr int MinTermLength = 3;
    static constexpr int MaxTermLength = 40;

    explicit SearchVocabulary(QStringList terms);
    Q_DISABLE_COPY_MOVE(SearchVocabulary)

    /// The vocabulary of the store `db` is open on, loaded when it changed since last time.
    /// Thread-safe.
    static std::shared_ptr<const SearchVocabulary> shared(Database &db);
    /// Adds the words of a normalized text that the vocabulary keeps to `terms`.
    static void collectTerms(const QString &normalized, QSet<QString> &terms);
    /// Calls `use` with each word of a normalized text that the vocabulary keeps (repeats
    /// included), without copying it.
    static void forEachTerm(const QString &normalized, const std::function<void(QStringView)> &use);

    qsizetype size() const { return qsizetype(m_terms.size()); }
    /// True when some word begins with `word` (it matches as it is, no correction needed).
    bool hasPrefix(const QString &word) const;
    /// True when `word` is a word of the index.
    bool contains(const QString &word) const;
    /// The words closest to `word` within its typo distance, at most `max`; nothing if none is
    /// close enough or `word` begins a known word (with `evenIfPrefix`: is a known word).
    QStringList corrections(const QString &word, int max, bool evenIfPrefix = false) const;
    /// Other words with the same stem as `word` under `stemmer` (not `word` itself, nor words
    /// beginning with it: prefix matching finds those anyway), shortest first, at most `max`.
    QStringList sameStem(const QString &word, const content::Stemmer &stemmer, int max) const;
    /// Words that contain `word` (of at least 4 letters) but do not begin with it: compounds
    /// like "kindergeld" for "geld". Shortest first, at most `max`.
    QStringList compounds(const QString &word, int max) const;

private:
    /// Indexes of the words that contain `piece` (3 characters or more) but not at their
    /// start, found through the trigram index.
    std::vector<qsizetype> inside(const QString &piece) const;

    std::vector<QString> m_terms; ///< sorted
    /// Three UTF-16 units -> the words that have them from their second character on.
    QHash<quint64, std::vector<qsizetype>> m_trigrams;
    std::vector<std::vector<qsizetype>> m_byLength; ///< term indexes by length
};

} // namespace integreat::store
