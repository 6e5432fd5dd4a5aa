#include "core/store/searchvocabulary.h"

#include "core/content/normalizer.h"
#include "core/content/stemmer.h"
#include "core/content/typodistance.h"
#include "core/store/database.h"
#include "core/store/statement.h"

#include <QHash>
#include <QMutex>
#include <algorithm>

namespace integreat::store {

using namespace Qt::StringLiterals;

namespace {

quint64 trigram(QStringView text, qsizetype at)
{
    return quint64(text[at].unicode()) << 32 | quint64(text[at + 1].unicode()) << 16 |
           quint64(text[at + 2].unicode());
}

/// Keeps the `max` shortest of `words` (ties in alphabetical order).
QStringList shortest(QStringList words, int max)
{
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    if (words.size() > max)
        words.resize(max);
    return words;
}

} // namespace

SearchVocabulary::SearchVocabulary(QStringList terms)
{
    std::sort(terms.begin(), terms.end());
    terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    m_terms.assign(terms.cbegin(), terms.cend());
    m_byLength.resize(MaxTermLength + 1);
    for (size_t i = 0; i < m_terms.size(); ++i) {
        const qsizetype length = std::min<qsizetype>(m_terms[i].size(), MaxTermLength);
        m_byLength[size_t(length)].push_back(qsizetype(i));
        for (qsizetype at = 1; at + 3 <= m_terms[i].size(); ++at) {
            std::vector<qsizetype> &list = m_trigrams[trigram(m_terms[i], at)];
            if (list.empty() || list.back() != qsizetype(i))
                list.push_back(qsizetype(i));
        }
    }
}

std::vector<qsizetype> SearchVocabulary::inside(const QString &piece) const
{
    if (piece.size() < 3)
        return {};
    // The rarest trigram of the piece narrows the words down; then look at each.
    const std::vector<qsizetype> *rarest = nullptr;
    for (qsizetype at = 0; at + 3 <= piece.size(); ++at) {
        const auto found = m_trigrams.constFind(trigram(piece, at));
        if (found == m_trigrams.cend())
            return {};
        if (!rarest || found->size() < rarest->size())
            rarest = &found.value();
    }
    std::vector<qsizetype> result;
    for (const qsizetype index : *rarest) {
        if (m_terms[size_t(index)].indexOf(piece, 1) > 0)
            result.push_back(index);
    }
    return result;
}

std::shared_ptr<const SearchVocabulary> SearchVocabulary::shared(Database &db)
{
    struct Cached
    {
        qint64 version = -1;
        std::shared_ptr<const SearchVocabulary> vocabulary;
    };
    static QMutex mutex;
    static QHash<QString, Cached> cache;

    // Terms are only ever added (AUTOINCREMENT ids) or all cleared: the largest id tells
    // whether the table changed.
    const qint64 version = db.queryInt(u"SELECT coalesce(max(id), 0) FROM search_terms"_s);
    const QMutexLocker lock(&mutex);
    Cached &cached = cache[db.filePath()];
    if (cached.vocabulary && cached.version == version)
        return cached.vocabulary;
    QStringList terms;
    Statement query = db.prepare(u"SELECT term FROM search_terms"_s);
    while (query.step())
        terms.append(query.columnText(0));
    cached.vocabulary = std::make_shared<const SearchVocabulary>(std::move(terms));
    cached.version = version;
    return cached.vocabulary;
}

void SearchVocabulary::collectTerms(const QString &normalized, QSet<QString> &terms)
{
    forEachTerm(normalized, [&terms](QStringView term) { terms.insert(term.toString()); });
}

void SearchVocabulary::forEachTerm(const QString &normalized,
                                   const std::function<void(QStringView)> &use)
{
    qsizetype start = -1;
    const qsizetype size = normalized.size();
    for (qsizetype i = 0; i <= size; ++i) {
        bool word = false;
        qsizetype width = 1;
        if (i < size) {
            char32_t cp = normalized.at(i).unicode();
            if (QChar::isHighSurrogate(cp) && i + 1 < size) {
                cp = QChar::surrogateToUcs4(normalized.at(i), normalized.at(i + 1));
                width = 2;
            }
            word = content::isWordCharacter(cp);
        }
        if (word) {
            if (start < 0)
                start = i;
            i += width - 1;
            continue;
        }
        if (start >= 0) {
            const qsizetype length = i - start;
            if (length >= MinTermLength && length <= MaxTermLength)
                use(QStringView(normalized).mid(start, length));
            start = -1;
        }
    }
}

bool SearchVocabulary::hasPrefix(const QString &word) const
{
    const auto found = std::lower_bound(m_terms.cbegin(), m_terms.cend(), word);
    return found != m_terms.cend() && found->startsWith(word);
}

bool SearchVocabulary::contains(const QString &word) const
{
    return std::binary_search(m_terms.cbegin(), m_terms.cend(), word);
}

QStringList SearchVocabulary::corrections(const QString &word, int max, bool evenIfPrefix) const
{
    const int distance = content::maxTypoDistance(word.size());
    if (distance == 0 || (evenIfPrefix ? contains(word) : hasPrefix(word)))
        return {};
    QStringList best;
    int bestDistance = distance + 1;
    const qsizetype from = std::max<qsizetype>(MinTermLength, word.size() - distance);
    const qsizetype to = std::min<qsizetype>(MaxTermLength, word.size() + distance);
    for (qsizetype length = from; length <= to; ++length) {
        for (const qsizetype index : m_byLength[size_t(length)]) {
            const QString &term = m_terms[size_t(index)];
            const int d = content::typoDistance(word, term, std::min(distance, bestDistance));
            if (d < bestDistance) {
                bestDistance = d;
                best = {term};
            } else if (d == bestDistance && d <= distance) {
                best.append(term);
            }
        }
    }
    return shortest(best, max);
}

QStringList SearchVocabulary::sameStem(const QString &word, const content::Stemmer &stemmer,
                                       int max) const
{
    if (!stemmer.isValid() || word.size() < 3)
        return {};
    const QString stem = stemmer.stem(word);
    if (stem.size() < 3)
        return {};
    QStringList forms;
    const auto keep = [&](const QString &term) {
        if (!term.startsWith(word) && stemmer.stem(term) == stem)
            forms.append(term);
    };
    if (word.startsWith(stem)) {
        // The usual case, a suffix taken off: the other forms begin with the stem.
        for (auto it = std::lower_bound(m_terms.cbegin(), m_terms.cend(), stem);
             it != m_terms.cend() && it->startsWith(stem); ++it)
            keep(*it);
    } else {
        // Prefixes taken off too (Arabic "ال…"): any word containing the stem.
        for (auto it = std::lower_bound(m_terms.cbegin(), m_terms.cend(), stem);
             it != m_terms.cend() && it->startsWith(stem); ++it)
            keep(*it);
        for (const qsizetype index : inside(stem))
            keep(m_terms[size_t(index)]);
    }
    return shortest(forms, max);
}

QStringList SearchVocabulary::compounds(const QString &word, int max) const
{
    if (word.size() < 4)
        return {};
    QStringList found;
    for (const qsizetype index : inside(word))
        found.append(m_terms[size_t(index)]);
    return shortest(found, max);
}

} // namespace integreat::store
