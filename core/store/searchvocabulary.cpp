#include "store/searchvocabulary.h"

#include "content/normalizer.h"
#include "content/stemmer.h"
#include "content/typodistance.h"
#include "store/database.h"
#include "store/statement.h"

#include <QHash>
#include <QMutex>
#include <algorithm>

namespace integreat::store {

using namespace Qt::StringLiterals;

namespace {

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
    }
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
    qsizetype start = -1;
    const qsizetype size = normalized.size();
    for (qsizetype i = 0; i <= size; ++i) {
        bool word = false;
        if (i < size) {
            char32_t cp = normalized.at(i).unicode();
            if (QChar::isHighSurrogate(cp) && i + 1 < size)
                cp = QChar::surrogateToUcs4(normalized.at(i), normalized.at(i + 1));
            word = content::isWordCharacter(cp);
            if (QChar::requiresSurrogates(cp) && word) {
                if (start < 0)
                    start = i;
                ++i;
                continue;
            }
        }
        if (word) {
            if (start < 0)
                start = i;
            continue;
        }
        if (start >= 0) {
            const qsizetype length = i - start;
            if (length >= MinTermLength && length <= MaxTermLength)
                terms.insert(normalized.mid(start, length));
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
        for (const QString &term : m_terms) {
            if (term.contains(stem))
                keep(term);
        }
    }
    return shortest(forms, max);
}

QStringList SearchVocabulary::compounds(const QString &word, int max) const
{
    if (word.size() < 4)
        return {};
    QStringList found;
    for (size_t length = size_t(word.size()) + 1; length < m_byLength.size(); ++length) {
        for (const qsizetype index : m_byLength[length]) {
            const QString &term = m_terms[size_t(index)];
            if (term.indexOf(word, 1) > 0)
                found.append(term);
        }
    }
    return shortest(found, max);
}

} // namespace integreat::store
