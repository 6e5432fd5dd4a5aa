#include "core/store/searchplan.h"

#include "core/content/normalizer.h"
#include "core/content/stemmer.h"
#include "core/content/stopwords.h"
#include "core/store/database.h"
#include "core/store/searchvocabulary.h"
#include "core/store/statement.h"

#include <algorithm>
#include <memory>

namespace integreat::store {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxCorrections = 6;
constexpr int kMaxCandidates = 64; ///< equally close words looked at for the most common ones
constexpr int kMaxForms = 12;
constexpr int kMaxCompounds = 16;

QString quoted(const QString &term)
{
    QString text = term;
    text.replace(u'"', u"\"\""_s);
    return u'"' + text + u'"';
}

/// The word, its stem and its alternatives (`compounds`: also the compounds, which are the
/// last alternatives) as one OR group.
QString groupExpression(const SearchPlan::Group &group, bool compounds)
{
    QStringList terms{quoted(group.word) + u'*'};
    if (!group.stem.isEmpty())
        terms.append(quoted(group.stem) + u'*');
    const qsizetype count = group.alternatives.size() - (compounds ? 0 : group.compounds);
    for (qsizetype i = 0; i < count; ++i)
        terms.append(quoted(group.alternatives.at(i)));
    return terms.size() == 1 ? terms.constFirst() : u'(' + terms.join(u" OR "_s) + u')';
}

QString scoped(const QList<qint64> &scopes, const QString &expression)
{
    QStringList scopeTokens;
    for (const qint64 scope : scopes)
        scopeTokens.append(u"s%1"_s.arg(scope));
    return u"scope : (%1) AND {title body} : (%2)"_s.arg(scopeTokens.join(u" OR "_s), expression);
}

/// In how many indexed items a term occurs (search_vocab, FTS5's own counts).
class DocFrequency final
{
public:
    explicit DocFrequency(Database &db)
        : m_query(db.prepare(u"SELECT doc FROM search_vocab WHERE term = ?1"_s))
    {
    }
    qint64 operator()(const QString &term)
    {
        m_query.bind(1, term);
        const qint64 count = m_query.step() ? m_query.columnInt64(0) : 0;
        m_query.reset();
        return count;
    }

private:
    Statement m_query;
};

void appendNew(QStringList &list, const QStringList &more, const QString &word)
{
    for (const QString &term : more) {
        if (term != word && !list.contains(term))
            list.append(term);
    }
}

} // namespace

SearchPlan SearchPlan::make(Database &db, const QStringList &words, const QStringList &languages,
                            const QList<qint64> &scopes, bool nothingFound)
{
    const std::shared_ptr<const SearchVocabulary> vocabulary = SearchVocabulary::shared(db);
    std::vector<std::unique_ptr<content::Stemmer>> stemmers;
    for (const QString &language : languages)
        stemmers.push_back(std::make_unique<content::Stemmer>(language));
    DocFrequency frequency(db);
    qint64 items = 0;
    Statement scope = db.prepare(u"SELECT region, language FROM search_scopes WHERE id = ?1"_s);
    Statement inRegion = db.prepare(u"SELECT count(*) FROM search_docs WHERE region = ?1"_s);
    Statement inLanguage =
        db.prepare(u"SELECT count(*) FROM search_docs WHERE region = ?1 AND language = ?2"_s);
    for (const qint64 id : scopes) {
        scope.bind(1, id);
        if (scope.step()) {
            Statement &count = scope.columnText(1).isEmpty() ? inRegion : inLanguage;
            count.bind(1, scope.columnText(0));
            if (!scope.columnText(1).isEmpty())
                count.bind(2, scope.columnText(1));
            if (count.step())
                items += count.columnInt64(0);
            count.reset();
        }
        scope.reset();
    }

    SearchPlan plan;
    for (const QString &word : words) {
        Group group{word, {}, {}, {}, false, 0};
        group.stop =
            word.size() < 2 ||
            std::any_of(
                languages.cbegin(), languages.cend(),
                [&](const QString &language) { return content::isStopWord(language, word); }) ||
            (items >= StopWordMinItems && double(frequency(word)) > StopWordShare * double(items));
        QStringList corrections = vocabulary->corrections(word, kMaxCandidates, true);
        if (!corrections.isEmpty()) {
            // Equally close: the more common word first.
            std::stable_sort(
                corrections.begin(), corrections.end(),
                [&](const QString &a, const QString &b) { return frequency(a) > frequency(b); });
            corrections.resize(std::min<qsizetype>(corrections.size(), kMaxCorrections));
            if (nothingFound || !vocabulary->hasPrefix(word))
                group.corrections = corrections; // else only alternatives: the word may be right
            appendNew(group.alternatives, corrections, word);
        }
        if (!group.stop) {
            for (const auto &stemmer : stemmers) {
                appendNew(group.alternatives, vocabulary->sameStem(word, *stemmer, kMaxForms),
                          word);
                // Snowball leaves some forms apart ("integrationskurse" -> "integrationskurs",
                // "integrationskurs" -> "integrationskur"): the stem as a prefix joins them.
                const QString stem = stemmer->stem(word);
                if (group.stem.isEmpty() && stem.size() >= MinStemPrefix &&
                    stem.size() < word.size() && word.startsWith(stem))
                    group.stem = stem;
            }
            const qsizetype before = group.alternatives.size();
            appendNew(group.alternatives, vocabulary->compounds(word, kMaxCompounds), word);
            group.compounds = int(group.alternatives.size() - before);
        }
        plan.groups.append(group);
    }
    return plan;
}

bool SearchPlan::expands() const
{
    return std::any_of(groups.cbegin(), groups.cend(), [](const Group &group) {
        return !group.alternatives.isEmpty() || !group.stem.isEmpty();
    });
}

int SearchPlan::contentWords() const
{
    return int(std::count_if(groups.cbegin(), groups.cend(),
                             [](const Group &group) { return !group.stop; }));
}

QString SearchPlan::andExpression(const QList<qint64> &scopes) const
{
    QStringList parts;
    for (const Group &group : groups)
        parts.append(groupExpression(group, true));
    return scoped(scopes, parts.join(u" AND "_s));
}

QString SearchPlan::orExpression(const QList<qint64> &scopes) const
{
    QStringList parts;
    for (const Group &group : groups) {
        if (!group.stop)
            parts.append(groupExpression(group, false)); // compounds would swamp the ranking
    }
    return parts.isEmpty() ? QString() : scoped(scopes, parts.join(u" OR "_s));
}

QStringList SearchPlan::highlightWords() const
{
    QStringList words;
    for (const Group &group : groups) {
        words.append(group.word);
        if (!group.stem.isEmpty())
            words.append(group.stem);
        words.append(group.alternatives);
    }
    return words;
}

QList<QStringList> SearchPlan::groupWords() const
{
    QList<QStringList> list;
    for (const Group &group : groups)
        list.append(QStringList{group.word} +
                    (group.stem.isEmpty() ? QStringList() : QStringList{group.stem}) +
                    group.alternatives);
    return list;
}

QString SearchPlan::correctedQuery(const QString &query,
                                   const std::function<bool(const QString &)> &inBestHit) const
{
    QString result;
    bool changed = false;
    qsizetype start = -1;
    const auto flush = [&](qsizetype end) {
        const QString original = query.mid(start, end - start);
        const QString normalized = content::normalizeForSearch(original);
        const auto found = std::find_if(groups.cbegin(), groups.cend(), [&](const Group &group) {
            return !group.corrections.isEmpty() && group.word == normalized;
        });
        if (found == groups.cend()) {
            result += original;
            return;
        }
        const QStringList &corrections = found->corrections;
        const auto used = std::find_if(corrections.cbegin(), corrections.cend(), inBestHit);
        QString replacement = used != corrections.cend() ? *used : corrections.constFirst();
        if (original.at(0).isUpper())
            replacement[0] = replacement.at(0).toUpper();
        result += replacement;
        changed = true;
    };
    for (qsizetype i = 0; i < query.size(); ++i) {
        const bool word = content::isWordCharacter(query.at(i).unicode()) ||
                          query.at(i).isSurrogate() || query.at(i).isMark();
        if (word && start < 0)
            start = i;
        if (!word) {
            if (start >= 0)
                flush(i);
            start = -1;
            result += query.at(i);
        }
    }
    if (start >= 0)
        flush(query.size());
    return changed ? result : QString();
}

} // namespace integreat::store
