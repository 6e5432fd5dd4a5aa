#include "core/store/search.h"

#include "core/content/excerpt.h"
#include "core/content/htmltext.h"
#include "core/store/database.h"
#include "core/store/jsoncodec.h"
#include "core/store/searchindex.h"
#include "core/store/searchplan.h"

#include <QSet>
#include <algorithm>
#include <map>
#include <optional>

namespace integreat::store {

using namespace Qt::StringLiterals;

namespace {

struct Candidate
{
    QString kind, language, key;
    double score = 0;
    bool anyWord = false; ///< found by the OR round: not every word is in it
};

/// Runs one FTS5 MATCH and appends the items not yet in `candidates`.
void collect(Database &db, const QString &expression, int fetch, bool anyWord,
             QList<Candidate> &candidates)
{
    Statement select = db.prepare(
        u"SELECT d.kind, d.language, d.key, h.rank FROM (SELECT rowid, rank FROM search_fts "
        u"WHERE search_fts MATCH ?1 ORDER BY rank LIMIT ?2) AS h "
        u"JOIN search_docs d ON d.id = h.rowid ORDER BY h.rank"_s);
    select.bindAll(expression, fetch);
    QSet<QString> known;
    for (const Candidate &candidate : std::as_const(candidates))
        known.insert(candidate.kind + u'\n' + candidate.language + u'\n' + candidate.key);
    while (select.step()) {
        Candidate candidate{select.columnText(0), select.columnText(1), select.columnText(2),
                            -select.columnDouble(3), anyWord};
        if (!known.contains(candidate.kind + u'\n' + candidate.language + u'\n' + candidate.key))
            candidates.append(candidate);
    }
}

struct Item
{
    QString title, html;
    model::AvailableLanguages availableLanguages;
};

/// Reads the indexed items back from their content tables, one prepared statement per kind.
class ItemReader final
{
public:
    ItemReader(Database &db, const QString &region)
        : m_db(db)
        , m_region(region)
    {
    }

    std::optional<Item> read(const QString &kind, const QString &language, const QString &key)
    {
        auto found = m_statements.find(kind);
        if (found == m_statements.end()) {
            const SearchIndex::ContentSource source = SearchIndex::contentSource(kind);
            const QString sql =
                u"SELECT title, content, available_languages FROM %1 "
                u"WHERE region = ?1 AND language = ?2 AND %2 = ?3"_s.arg(source.table, source.key);
            found = m_statements.try_emplace(kind, m_db.prepare(sql)).first;
        }
        Statement &query = found->second;
        query.bindAll(m_region, language, key);
        std::optional<Item> item;
        if (query.step()) {
            item = Item{query.columnText(0), query.columnText(1),
                        codec::availableLanguagesFromJson(query.columnText(2))};
        }
        query.reset();
        return item;
    }

private:
    Database &m_db;
    QString m_region;
    std::map<QString, Statement> m_statements;
};

struct Snippet
{
    QString text;
    QList<SearchHit::Span> highlights;
};

/// The plain text of an item, for finding the query words in it and cutting its snippet.
struct PlainText
{
    explicit PlainText(const QString &html)
        : text(content::htmlToPlainText(html))
    {
    }
    /// True when every group has a word in the text (`any`: some group has).
    bool contains(const QList<QStringList> &groups, bool any) const
    {
        const auto found = [this](const QStringList &words) {
            return content::findFirstMatch(text, words).has_value();
        };
        return any ? std::any_of(groups.cbegin(), groups.cend(), found)
                   : std::all_of(groups.cbegin(), groups.cend(), found);
    }
    Snippet snippet(const QStringList &words) const
    {
        const std::optional<content::TextRange> match = content::findFirstMatch(text, words);
        Snippet result;
        result.text =
            match ? content::excerptAround(text, match->start, match->length, Search::SnippetChars)
                  : content::truncateText(text, Search::SnippetChars);
        const QList<content::TextRange> highlights =
            content::findMatches(content::normalizeWithOffsets(result.text), words);
        for (const content::TextRange &range : highlights)
            result.highlights.append({range.start, range.length});
        return result;
    }

    QString text;
};

} // namespace

Search::Search(Database &db)
    : m_db(db)
{
}

QStringList Search::queryWords(const QString &query)
{
    QStringList words = content::searchWords(query);
    // Longest first, so that a word that begins a longer one is seen after it and dropped.
    std::stable_sort(words.begin(), words.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList kept;
    for (const QString &word : std::as_const(words)) {
        const bool redundant = std::any_of(kept.cbegin(), kept.cend(), [&](const QString &longer) {
            return longer.startsWith(word);
        });
        if (!redundant)
            kept.append(word);
        if (kept.size() == MaxWords)
            break;
    }
    return kept;
}

QString Search::matchExpression(const QStringList &words, const QList<qint64> &scopes)
{
    QStringList terms;
    for (const QString &word : words) {
        QString quoted = word;
        quoted.replace(u'"', u"\"\""_s);
        terms.append(u'"' + quoted + u"\"*");
    }
    QStringList scopeTokens;
    for (const qint64 scope : scopes)
        scopeTokens.append(u"s%1"_s.arg(scope));
    return u"scope : (%1) AND {title body} : (%2)"_s.arg(scopeTokens.join(u" OR "_s),
                                                         terms.join(u" AND "_s));
}

QList<SearchHit> Search::run(const QString &region, const QString &language, const QString &query,
                             SearchMode mode, int limit)
{
    const QStringList words = queryWords(query);
    limit = std::min(limit, MaxResults);
    if (words.isEmpty() || limit <= 0 || region.isEmpty())
        return {};

    Transaction snapshot(m_db, Transaction::Mode::Read);
    SearchIndex index(m_db);
    QList<qint64> scopes;
    const auto addScope = [&](const QString &scopeLanguage) {
        if (const auto id = index.scopeId(region, scopeLanguage, false))
            scopes.append(*id);
    };
    const QString german = QString::fromUtf16(German);
    const bool mapGerman = mode == SearchMode::AlsoGerman && language != german;
    if (mode == SearchMode::AllLanguages) {
        addScope(QString());
    } else {
        addScope(language);
        if (mapGerman)
            addScope(german);
    }
    if (scopes.isEmpty())
        return {};

    // German hits may fold into translations found directly: fetch enough to fill `limit`.
    const int fetch = mapGerman ? 2 * limit + 8 : limit;
    QList<Candidate> candidates;
    collect(m_db, matchExpression(words, scopes), fetch, false, candidates);
    QList<QStringList> groups;
    for (const QString &word : words)
        groups.append({word});
    QStringList marked = words;
    QString corrected;
    ItemReader items(m_db, region);
    if (m_forgiving && candidates.size() < fetch) {
        QStringList languages{language};
        if (language != german)
            languages.append(german);
        const SearchPlan plan =
            SearchPlan::make(m_db, words, languages, scopes, candidates.isEmpty());
        const qsizetype plain = candidates.size();
        if (plan.expands())
            collect(m_db, plan.andExpression(scopes), fetch, false, candidates);
        const bool question = plan.contentWords() >= 3 && candidates.size() < FewHits;
        if (candidates.isEmpty() || question) {
            if (const QString any = plan.orExpression(scopes); !any.isEmpty())
                collect(m_db, any, fetch, true, candidates);
        }
        if (candidates.size() > plain) {
            groups = plan.groupWords();
            marked = plan.highlightWords();
            const Candidate &best = candidates.constFirst();
            const std::optional<Item> item = items.read(best.kind, best.language, best.key);
            const PlainText text(item ? item->title + u'\n' + item->html : QString());
            corrected = plan.correctedQuery(
                query, [&](const QString &term) { return text.contains({{term}}, false); });
        }
    }

    QSet<QString> listed;
    QList<SearchHit> hits;
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (hits.size() >= limit)
            break;
        const std::optional<Item> matched =
            items.read(candidate.kind, candidate.language, candidate.key);
        if (!matched)
            continue;
        SearchHit hit{candidate.kind,
                      candidate.language,
                      candidate.key,
                      matched->title,
                      {},
                      candidate.language,
                      {},
                      candidate.score,
                      candidate.language,
                      corrected};
        std::optional<Item> shown;
        if (mapGerman && candidate.language == german) {
            const QString translation = matched->availableLanguages.value(language);
            if (!translation.isEmpty())
                shown = items.read(candidate.kind, language, translation);
            if (shown) {
                hit.language = language;
                hit.path = translation;
                hit.title = shown->title;
            }
        }
        const QString id = hit.kind + u'\n' + hit.language + u'\n' + hit.path;
        if (listed.contains(id))
            continue;
        listed.insert(id);

        // A translation's own text when it has the words, else the text the words were found in.
        std::optional<Snippet> snippet;
        if (shown) {
            const PlainText text(shown->html);
            if (text.contains(groups, candidate.anyWord)) {
                snippet = text.snippet(marked);
                hit.snippetLanguage = language;
            }
        }
        if (!snippet)
            snippet = PlainText(matched->html).snippet(marked);
        hit.snippet = snippet->text;
        hit.highlights = snippet->highlights;
        hits.append(hit);
    }
    return hits;
}

} // namespace integreat::store
