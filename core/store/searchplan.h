#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

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
        bool corrected = false;   ///< the word is not in the index; alternatives[0] replaces it
        bool stop = false;        ///< a stop word: left out of the OR query
    };

    /// Expands `words` (Search::queryWords) for a search in `languages` (stemmers and stop
    /// lists) over the items of `scopes` (document frequencies).
    static SearchPlan make(Database &db, const QStringList &words, const QStringList &languages,
                           const QList<qint64> &scopes);

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
    /// `query` with each corrected word replaced ("Kindergelt" -> "Kindergeld"), or an empty
    /// string when nothing was corrected.
    QString correctedQuery(const QString &query) const;

    QList<Group> groups;
};

} // namespace integreat::store
