// integreat-searchquality (run it through bench/search-quality): how well search finds the
// page meant, for the search before typo, word-form and compound matching ("old": round 1 of
// store::Search only) and the forgiving one ("new"), side by side. Items: the demo town
// (resources/demo: de, en, ar), the API corpus (augsburg de + ar, when present) and a small
// metropolis (synthetic, 10 languages). Queries: exact titles and titles with one edit in their
// longest word (generated here), and the hand-written questions, word forms and compounds of
// bench/searchquality/queries.tsv. Prints hit@1, hit@10 and MRR per query kind and language.
#include "core/api/httpclient.h"
#include "core/store/search.h"
#include "core/store/store.h"
#include "core/sync/packimporter.h"
#include "core/sync/syncengine.h"
#include "corpus.h"
#include "metropolis.h"
#include "storeaccess.h"
#include "testserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace integreat;
using namespace Qt::StringLiterals;

namespace {

struct Query
{
    QString kind, region, language, expected, text;
};

struct Score
{
    int count = 0, top1 = 0, top10 = 0;
    double reciprocal = 0;
    void add(int rank)
    {
        ++count;
        top1 += rank == 1;
        top10 += rank >= 1 && rank <= 10;
        reciprocal += rank >= 1 ? 1.0 / rank : 0.0;
    }
    QString text() const
    {
        const double n = std::max(count, 1);
        return u"%1 %2 %3"_s.arg(top1 / n, 5, 'f', 3)
            .arg(top10 / n, 5, 'f', 3)
            .arg(reciprocal / n, 5, 'f', 3);
    }
};

/// One edit in the longest word of `title` (substitution, deletion, insertion or transposition
/// in turn; not of its first or last letter), with letters from the word itself so the script
/// stays the same; empty when the title has no word of four letters or more. (An edit may hit
/// an Arabic vowel mark, which search ignores anyway.)
QString typo(const QString &title, int n)
{
    qsizetype start = -1, length = 0;
    for (qsizetype i = 0; i < title.size();) {
        qsizetype j = i;
        while (j < title.size() && (title.at(j).isLetter() || title.at(j).isMark()))
            ++j;
        if (j - i > length) {
            start = i;
            length = j - i;
        }
        i = j + 1;
    }
    if (length < 4)
        return {};
    QString word = title.mid(start, length);
    const quint32 seed = quint32(n) * 2654435761u;
    const qsizetype at = 1 + qsizetype(seed % quint32(length - 2)); // not the first or last letter
    QChar other = u'x';
    for (qsizetype k = 2; k < length + 2; ++k) {
        const QChar candidate = word.at((at + k) % length);
        if (candidate.isLetter() && candidate != word.at(at)) {
            other = candidate;
            break;
        }
    }
    switch (n % 4) {
    case 0:
        word[at] = other;
        break;
    case 1:
        word.remove(at, 1);
        break;
    case 2:
        word.insert(at, other);
        break;
    default:
        if (word.at(at) == word.at(at + 1))
            word[at] = other;
        else
            std::swap(word[at], word[at + 1]);
    }
    return title.left(start) + word + title.mid(start + length);
}

QList<Query> handWritten(const QString &file)
{
    QList<Query> queries;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "integreat-searchquality: cannot read %s\n", qPrintable(file));
        return queries;
    }
    while (!in.atEnd()) {
        const QString line = QString::fromUtf8(in.readLine()).trimmed();
        const QStringList fields = line.split(u'\t');
        if (line.startsWith(u'#') || fields.size() != 5)
            continue;
        queries.append({fields[0], fields[1], fields[2], fields[3], fields[4]});
    }
    return queries;
}

/// Exact and typo queries from the page titles of (region, language), titles that are unique
/// there only; at most `max` pages.
void generated(const store::Store &store, const QString &region, const QString &language, int max,
               QList<Query> &queries)
{
    const QList<model::Page> pages = store.pages(region, language);
    QMap<QString, int> titles;
    for (const model::Page &page : pages)
        ++titles[page.title.toLower()];
    int taken = 0;
    for (const model::Page &page : pages) {
        if (titles.value(page.title.toLower()) != 1 || page.title.trimmed().isEmpty() ||
            taken == max)
            continue;
        ++taken;
        queries.append({u"exact"_s, region, language, page.path, page.title});
        if (const QString text = typo(page.title, int(queries.size())); !text.isEmpty())
            queries.append({u"typo"_s, region, language, page.path, text});
    }
}

int rankOf(store::Search &search, const Query &query)
{
    const QList<store::SearchHit> hits =
        search.run(query.region, query.language, query.text, store::SearchMode::OneLanguage);
    for (qsizetype i = 0; i < hits.size(); ++i) {
        if (hits[i].path == query.expected)
            return int(i + 1);
    }
    return 0;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Search quality, old and new search side by side."_s);
    parser.addHelpOption();
    const QCommandLineOption scale(u"metropolis-scale"_s,
                                   u"Size of the metropolis (default 0.02)."_s, u"F"_s, u"0.02"_s);
    const QCommandLineOption list(u"misses"_s,
                                  u"List the queries the new search misses (not in the top 10)."_s);
    parser.addOptions({scale, list});
    parser.process(app);

    QTemporaryDir dir;
    store::Store store(dir.filePath(u"store.sqlite"_s));
    sync::PackImporter importer(store, dir.path());
    importer.setNow(QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC));
    const sync::PackReport demo =
        importer.import(QStringLiteral(INTEGREAT_SOURCE_DIR "/resources/demo"));
    if (!demo.ok()) {
        std::fprintf(stderr, "integreat-searchquality: demo pack: %s\n", qPrintable(demo.error));
        return 1;
    }

    testing::TestServer server;
    server.start();
    api::HttpClient http;
    QList<Query> queries;
    if (!testing::corpusDir().isEmpty()) {
        server.loadCorpus(testing::corpusDir());
        sync::SyncEngine(store, http, server.baseUrl()).run(u"augsburg"_s, {u"de"_s, u"ar"_s});
        generated(store, u"augsburg"_s, u"de"_s, 1000, queries);
        generated(store, u"augsburg"_s, u"ar"_s, 1000, queries);
    }
    const bench::Metropolis city(server.baseUrl(),
                                 bench::MetropolisSize().scaled(parser.value(scale).toDouble()));
    for (auto it = city.jsonRoutes().cbegin(); it != city.jsonRoutes().cend(); ++it)
        server.setRoute(it.key(), testing::Response{200, it.value(), {}, "application/json"});
    sync::SyncEngine(store, http, server.baseUrl()).run(u"metropolis"_s, city.languageCodes());
    for (const QString &language : {u"de"_s, u"en"_s, u"ar"_s})
        generated(store, u"musterstadt"_s, language, 1000, queries);
    for (const QString &language : city.languageCodes())
        generated(store, u"metropolis"_s, language, 40, queries);
    queries += handWritten(QStringLiteral(INTEGREAT_SOURCE_DIR "/bench/searchquality/queries.tsv"));

    store::Search oldSearch(integreat::testing::StoreAccess::database(store));
    oldSearch.setForgiving(false);
    store::Search newSearch(integreat::testing::StoreAccess::database(store));
    QMap<QString, QPair<Score, Score>> scores; // "kind language" -> (old, new)
    QList<double> latencies;
    QStringList misses;
    for (const Query &query : std::as_const(queries)) {
        const int before = rankOf(oldSearch, query);
        QElapsedTimer timer;
        timer.start();
        const int after = rankOf(newSearch, query);
        latencies.append(double(timer.nsecsElapsed()) / 1e6);
        const QString group = query.region == u"metropolis"_s ? u"metropolis"_s : u"corpus"_s;
        const QStringList keys{query.kind + u"  all"_s,
                               query.kind + u"  "_s + group + u' ' + query.language};
        for (const QString &key : keys) {
            scores[key].first.add(before);
            scores[key].second.add(after);
        }
        if (after == 0 || after > 10)
            misses.append(
                u"%1 %2 %3: %4  (expected %5, rank %6)"_s
                    .arg(query.kind, query.region, query.language, query.text, query.expected)
                    .arg(after));
    }

    std::printf("%-28s %5s   %-17s   %-17s\n", "kind  items language", "n", "old @1  @10   MRR",
                "new @1  @10   MRR");
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        std::printf("%-28s %5d   %s   %s\n", qPrintable(it.key()), it.value().first.count,
                    qPrintable(it.value().first.text()), qPrintable(it.value().second.text()));
    }
    std::printf("\n%lld queries; new search p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n",
                qlonglong(latencies.size()), percentile(latencies, 0.5),
                percentile(latencies, 0.95), percentile(latencies, 0.99));
    if (parser.isSet(list)) {
        std::printf("\nmissed by the new search:\n");
        for (const QString &miss : std::as_const(misses))
            std::printf("  %s\n", qPrintable(miss));
    }
    return 0;
}
