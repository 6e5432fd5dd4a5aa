#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <functional>

namespace integreat::store {

class Database;

/// What a query becomes when the plain search (every word a word start, AND) is not enough:
/// each query word with its alternatives from the index's vocabulary (SearchVocabulary) —
/// typo corrections for a word the index does not have, other forms with its stem, compounds
/// containing it — and whether it is a stop word. Search runs, in this order and each only
/// while results are missing: the plain query, every word or one of its alternatives (AND),
/// and, for questions and long queries, any non-stop word ranked by BM25 (OR).
struct SearchPlan
{
    /// A query word that occurs in more than this share of the items searched is a stop word
    /// (derived from the index, for languages without a list).
    static constexpr double StopWordShare = 0.3;
    /// ... when at least this many items are searched.
    static constexpr qint64 StopWordMinItems = 40;

    struct Group
    {
        QString word;             ///< normalized query word (matched as a prefix)
        QStringList alternatives; ///< whole index words that count as this word
        QString stem;             ///< its Snowball stem when shorter: matched as a prefix too
        QStringList corrections;  ///< the word is not in the index: close words (also alternatives)
        bool stop = false;        ///< a stop word: left out of the OR query
        int compounds = 0;        ///< how many of the alternatives (the last ones) are compounds
    };

    /// Expands `words` (Search::queryWords) for a search in `languages` (stemmers and stop
    /// lists) over the items of `scopes` (document frequencies). Any word that is not an index
    /// word gets the close ones as alternatives; it counts as corrected (correctedQuery) when
    /// it does not begin an index word either or `nothingFound` (the plain query found nothing).
    static SearchPlan make(Database &db, const QStringList &words, const QStringList &languages,
                           const QList<qint64> &scopes, bool nothingFound);

    /// A stem shorter than this is not matched as a prefix (it would match too much).
    static constexpr int MinStemPrefix = 5;

    /// True when some word has alternatives (else the AND query is the plain one).
    bool expands() const;
    /// Words that are not stop words.
    int contentWords() const;
    /// Every word or one of its alternatives, in one of `scopes`.
    QString andExpression(const QList<qint64> &scopes) const;
    /// Any non-stop word or alternative, in one of `scopes` (empty when there is none).
    QString orExpression(const QList<qint64> &scopes) const;
    /// The query words and all alternatives (for marking them in snippets).
    QStringList highlightWords() const;
    /// Each word group as its word and alternatives.
    QList<QStringList> groupWords() const;
    /// `query` with each corrected word replaced ("Kindergelt" -> "Kindergeld") by its first
    /// correction that `found` accepts (the best hit has it), or an empty string when nothing
    /// was corrected.
    QString correctedQuery(const QString &query,
                           const std::function<bool(const QString &)> &inBestHit) const;

    QList<Group> groups;
};

} // namespace integreat::store
