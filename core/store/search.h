#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace integreat::store {

class Database;

enum class SearchMode
{
    OneLanguage,  ///< the given language only
    AlsoGerman,   ///< the given language and German (a German hit shown translated if it can be)
    AllLanguages, ///< every language of the region, each hit in its own language
};

struct SearchHit
{
    struct Span
    {
        qsizetype start = 0; ///< UTF-16 units
        qsizetype length = 0;
        bool operator==(const Span &) const = default;
    };

    QString kind;     ///< "page", "event", "place" or "news"
    QString language; ///< the language of the item shown (its path and title)
    QString path;     ///< the item's path; for news its id
    QString title;
    QString snippet;         ///< about 200 characters of its plain text around the first match
    QString snippetLanguage; ///< German when a translation did not contain the words
    QList<Span> highlights;  ///< where the query words are in `snippet`
    double score = 0;        ///< relevance, higher is better (BM25, titles weigh double)
    QString matchedLanguage; ///< the language the match was found in
    /// The query as corrected ("Kindergeld" for "Kindergelt") when a word of it is not in the
    /// index and a close word was searched instead; empty otherwise. The same in every hit
    /// of one search.
    QString correctedQuery;
};

/// Full-text search over the index SearchIndex keeps (pages, events, places, news), in up to
/// three rounds, each only while results are missing and each listed after the one before:
/// 1. every query word, normalized like the indexed text, begins a word of the title or the
///    body (AND, prefix match at word starts);
/// 2. every word or one of its alternatives (SearchPlan): typo corrections of a word the
///    index does not have, other forms with the same Snowball stem, compounds containing it;
/// 3. when that found nothing, or fewer than a handful (FewHits) for a query of three or more
///    words that are not stop words (a question): any non-stop word or alternative (OR).
/// Within a round hits are ranked by BM25 with titles weighing double, so in round 3 the item
/// sharing the most rare words wins. The FTS5 query itself is confined to the scopes searched
/// and returns only the best `limit` rows; titles, paths and snippets are read and computed
/// only for those. Reads one snapshot.
class Search final
{
public:
    static constexpr int MaxResults = 75;
    static constexpr int SnippetChars = 200;
    /// Further query words are ignored (each one is an AND term of the FTS query).
    static constexpr int MaxWords = 12;
    static constexpr char16_t German[] = u"de";
    /// Below this many hits a question falls back to matching any of its words.
    static constexpr int FewHits = 3;

    explicit Search(Database &db);
    Q_DISABLE_COPY_MOVE(Search)

    /// false: only round 1, the search as it was before typo, word-form and compound
    /// matching (for comparing them in bench/search-quality). Default true.
    void setForgiving(bool forgiving) { m_forgiving = forgiving; }

    /// The best hits, best first; `limit` is capped at MaxResults. An empty query (or one
    /// without letters or digits) finds nothing. AlsoGerman: a German hit whose item has a
    /// translation into `language` in the store (its available_languages) is returned as that
    /// translation, its snippet from the translation when that contains every query word, else
    /// from the German text; a translation found directly as well is listed once.
    QList<SearchHit> run(const QString &region, const QString &language, const QString &query,
                         SearchMode mode = SearchMode::AlsoGerman, int limit = MaxResults);

    /// The words searched for: normalized, duplicates and words that begin another query word
    /// dropped (they add nothing to an AND of prefixes), at most MaxWords.
    static QStringList queryWords(const QString &query);
    /// The FTS5 MATCH expression: every word as a quoted prefix ("word"*) in title or body,
    /// ANDed, and the item in one of the search scopes (SearchIndex::scopeId).
    static QString matchExpression(const QStringList &words, const QList<qint64> &scopes);

private:
    Database &m_db;
    bool m_forgiving = true;
};

} // namespace integreat::store
