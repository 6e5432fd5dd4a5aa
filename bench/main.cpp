// integreat-bench: how fast a sync and a search are on a synthetic large region
// ("metropolis"), served over a real HTTP socket on 127.0.0.1. Prints figures; asserts nothing.
#include "core/store/database.h"
#include "core/store/searchindex.h"
#include "core/store/statement.h"
#include "listsbench.h"
#include "measure.h"
#include "metropolis.h"
#include "syncrun.h"
#include "testserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace integreat;
using bench::runSync;
using bench::SyncFigures;

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index =
        std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(index);
}

QString mb(qint64 bytes)
{
    return QString::number(double(bytes) / 1e6, 'f', 1) + u" MB"_s;
}
QString secs(double ms)
{
    return QString::number(ms / 1000.0, 'f', 2) + u" s"_s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Sync and search benchmark on a synthetic large region."_s);
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, u"Print JSON instead of a table."_s);
    const QCommandLineOption scale(u"scale"_s, u"Size factor (default 1 = metropolis)."_s, u"F"_s,
                                   u"1"_s);
    const QCommandLineOption repeat(u"repeat"_s, u"Runs of each search query (default 5)."_s,
                                    u"N"_s, u"5"_s);
    const QCommandLineOption serve(
        u"serve"_s, u"Only serve the region on 127.0.0.1 (prints the URL) until killed."_s);
    const QCommandLineOption queries(u"queries"_s,
                                     u"Only print the search queries (LANGUAGE<TAB>QUERY)."_s);
    const QCommandLineOption latency(
        u"latency"_s,
        u"Answer every request after MS milliseconds and send large lists at --rate; then only "
        u"compare syncing the lists over 1 and over --connections connections."_s,
        u"MS"_s);
    const QCommandLineOption rate(u"rate"_s,
                                  u"With --latency: KB/s for lists over 256 KB (default 5000)."_s,
                                  u"KBPS"_s, u"5000"_s);
    const QCommandLineOption connections(
        u"connections"_s, u"Connections of the concurrent sync and bare fetch (default 4)."_s,
        u"N"_s, u"4"_s);
    const QCommandLineOption baselineCli(
        u"baseline-cli"_s,
        u"Also run the lists' full sync and unchanged resync with this integreat-cli (an older "
        u"build), in the same run, for a before/after comparison."_s,
        u"PATH"_s);
    parser.addOptions(
        {json, scale, repeat, serve, queries, latency, rate, connections, baselineCli});
    parser.process(app);

    const bench::MetropolisSize size =
        bench::MetropolisSize().scaled(parser.value(scale).toDouble());
    testing::TestServer server;
    if (!server.start()) {
        std::fprintf(stderr, "integreat-bench: cannot listen on 127.0.0.1\n");
        return 1;
    }
    std::fprintf(stderr, "generating metropolis…\n");
    const bench::Metropolis city(server.baseUrl(), size);
    for (auto it = city.jsonRoutes().cbegin(); it != city.jsonRoutes().cend(); ++it)
        server.setRoute(it.key(), testing::Response{200, it.value(), {}, "application/json"});
    int imageNo = 0;
    for (auto it = city.imageRoutes().cbegin(); it != city.imageRoutes().cend(); ++it, ++imageNo)
        server.setRoute(it.key(),
                        testing::Response{200,
                                          it.value(),
                                          {{"ETag", "\"v1-" + QByteArray::number(imageNo) + "\""},
                                           {"Last-Modified", "Thu, 15 Jan 2026 09:00:00 GMT"}},
                                          "image/png"});

    if (parser.isSet(queries)) {
        for (const auto &[language, query] : city.queries())
            std::printf("%s\t%s\n", qPrintable(language), qPrintable(query));
        return 0;
    }
    if (parser.isSet(serve)) {
        std::printf("%s\n", server.baseUrl().toString().toUtf8().constData());
        std::fflush(stdout);
        return app.exec();
    }

    QList<QUrl> listUrls;
    for (auto it = city.jsonRoutes().cbegin(); it != city.jsonRoutes().cend(); ++it)
        listUrls << server.url(it.key());
    const int connectionCount = std::max(1, parser.value(connections).toInt());
    if (parser.isSet(latency)) {
        testing::Pacing pacing;
        pacing.delayMs = parser.value(latency).toInt();
        pacing.bytesPerSecond = parser.value(rate).toLongLong() * 1000;
        server.setPacing(pacing);
        if (!parser.isSet(json))
            std::printf("Lists of %d languages (%.1f MB JSON), every answer after %d ms, lists "
                        "over 256 KB at %lld KB/s; machine: %s\n\n",
                        size.languages, double(city.jsonBytes()) / 1e6, pacing.delayMs,
                        pacing.bytesPerSecond / 1000, qPrintable(bench::machineDescription()));
        const QJsonObject lists =
            bench::compareLists(server.baseUrl(), listUrls, connectionCount, parser.isSet(json),
                                parser.value(baselineCli));
        if (parser.isSet(json))
            std::puts(QJsonDocument(lists).toJson().constData());
        return lists.value(u"sync_concurrent"_s).toObject().value(u"ok"_s).toBool() ? 0 : 1;
    }

    QTemporaryDir dir;
    const QStringList global{u"--server"_s, server.baseUrl().toString(), u"--data-dir"_s,
                             dir.path()};

    std::fprintf(stderr, "full sync…\n");
    const SyncFigures full = runSync(global);
    std::fprintf(stderr, "unchanged resync…\n");
    const SyncFigures unchanged = runSync(global);
    int changedPages = 0;
    const auto changes = city.changePages(0.01, &changedPages);
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        server.setRoute(it.key(), testing::Response{200, it.value(), {}, "application/json"});
    std::fprintf(stderr, "resync with 1 %% of pages changed…\n");
    const SyncFigures partial = runSync(global);

    // Search: every query several times, per language through `search --stdin`.
    std::fprintf(stderr, "search…\n");
    QList<double> latencies;
    qint64 searchRssKb = 0;
    QString searchError;
    QMap<QString, QByteArray> inputs;
    for (const auto &[language, query] : city.queries()) {
        for (int i = 0; i < parser.value(repeat).toInt(); ++i)
            inputs[language] += query.toUtf8() + '\n';
    }
    for (auto it = inputs.cbegin(); it != inputs.cend(); ++it) {
        const bench::Measured m = bench::runMeasured(
            QStringLiteral(INTEGREAT_CLI),
            global + QStringList{u"search"_s, u"--region"_s, u"metropolis"_s, u"--language"_s,
                                 it.key(), u"--also-german"_s, u"--stdin"_s},
            it.value());
        searchRssKb = std::max(searchRssKb, m.maxRssKb);
        if (m.exitCode != 0) {
            searchError = QString::fromUtf8(m.err).trimmed().section(u'\n', -1);
            break;
        }
        for (const QByteArray &line : m.out.split('\n')) {
            const QList<QByteArray> parts = line.split('\t');
            if (parts.size() >= 2)
                latencies << parts.at(1).toDouble();
        }
    }
    const qint64 storeBytes = [&] {
        qint64 total = 0;
        for (const QFileInfo &info :
             QDir(dir.path()).entryInfoList({u"integreat.sqlite*"_s}, QDir::Files))
            total += info.size();
        return total;
    }();
    // The search index: its share of the store (dbstat) and the time to build it from scratch
    // (as when a store is migrated), in a transaction that is rolled back.
    std::fprintf(stderr, "search index…\n");
    qint64 indexBytes = 0, vocabularyBytes = 0, vocabularyTerms = 0;
    double indexBuildMs = 0;
    try {
        store::Database db(QDir(dir.path()).filePath(u"integreat.sqlite"_s));
        store::Statement sizes =
            db.prepare(u"SELECT name, sum(pgsize) FROM dbstat WHERE name LIKE 'search%' "
                       u"OR name LIKE 'sqlite_autoindex_search%' GROUP BY name"_s);
        while (sizes.step()) {
            indexBytes += sizes.columnInt64(1);
            if (sizes.columnText(0).contains(u"search_terms"_s))
                vocabularyBytes += sizes.columnInt64(1);
        }
        vocabularyTerms = db.queryInt(u"SELECT count(*) FROM search_terms"_s);
        store::Transaction transaction(db);
        QElapsedTimer timer;
        timer.start();
        store::SearchIndex(db).rebuild();
        indexBuildMs = double(timer.nsecsElapsed()) / 1e6;
        transaction.rollback();
    } catch (const std::exception &error) {
        std::fprintf(stderr, "integreat-bench: search index figures: %s\n", error.what());
    }

    const double jsonMB = double(city.jsonBytes()) / 1e6;
    QJsonObject out{
        {u"machine"_s, bench::machineDescription()},
        {u"size"_s, QJsonObject{{u"languages"_s, size.languages},
                                {u"pages_per_language"_s, size.pagesPerLanguage},
                                {u"events"_s, size.events},
                                {u"places"_s, size.places},
                                {u"images"_s, size.images},
                                {u"news"_s, size.news},
                                {u"json_bytes"_s, city.jsonBytes()},
                                {u"image_bytes"_s, city.imageBytes()}}},
        {u"full_sync"_s, QJsonObject{{u"ok"_s, full.ok},
                                     {u"seconds"_s, full.wallMs / 1000},
                                     {u"json_mb_per_s"_s, jsonMB / (full.wallMs / 1000)},
                                     {u"peak_rss_mb"_s, double(full.rssKb) / 1024},
                                     {u"rows_written"_s, full.rowsWritten}}},
        {u"unchanged_resync"_s, QJsonObject{{u"ok"_s, unchanged.ok},
                                            {u"seconds"_s, unchanged.wallMs / 1000},
                                            {u"share_of_full"_s, unchanged.wallMs / full.wallMs},
                                            {u"rows_written"_s, unchanged.rowsWritten},
                                            {u"resource_bytes"_s, unchanged.resourceBytes},
                                            {u"peak_rss_mb"_s, double(unchanged.rssKb) / 1024}}},
        {u"changed_resync"_s, QJsonObject{{u"ok"_s, partial.ok},
                                          {u"seconds"_s, partial.wallMs / 1000},
                                          {u"pages_changed"_s, changedPages},
                                          {u"rows_written"_s, partial.rowsWritten},
                                          {u"reported_changed"_s, partial.changed},
                                          {u"peak_rss_mb"_s, double(partial.rssKb) / 1024}}},
        {u"search"_s,
         QJsonObject{{u"queries"_s, latencies.size()},
                     {u"p50_ms"_s, percentile(latencies, 0.50)},
                     {u"p95_ms"_s, percentile(latencies, 0.95)},
                     {u"p99_ms"_s, percentile(latencies, 0.99)},
                     {u"peak_rss_mb"_s, double(searchRssKb) / 1024},
                     {u"error"_s, searchError.isEmpty() ? QJsonValue() : QJsonValue(searchError)}}},
        {u"store_bytes"_s, storeBytes},
        {u"search_index"_s, QJsonObject{{u"bytes"_s, indexBytes},
                                        {u"vocabulary_bytes"_s, vocabularyBytes},
                                        {u"vocabulary_terms"_s, vocabularyTerms},
                                        {u"build_seconds"_s, indexBuildMs / 1000}}},
    };
    if (parser.isSet(json)) {
        out.insert(u"lists"_s, bench::compareLists(server.baseUrl(), listUrls, connectionCount,
                                                   true, parser.value(baselineCli)));
        std::puts(QJsonDocument(out).toJson().constData());
        return full.ok ? 0 : 1;
    }

    auto line = [](const QString &s) {
        std::puts(s.toUtf8().constData());
    };
    line(
        u"Integreat Desktop benchmark: %1 languages × %2 pages (~%3 B HTML), %4 events, %5 places, %6 images, %7 news"_s
            .arg(size.languages)
            .arg(size.pagesPerLanguage)
            .arg(size.pageBytes)
            .arg(size.events)
            .arg(size.places)
            .arg(size.images)
            .arg(size.news));
    line(u"machine: %1; JSON %2, images %3"_s.arg(bench::machineDescription(), mb(city.jsonBytes()),
                                                  mb(city.imageBytes())));
    line(QString());
    line(u"%1 %2 %3 %4"_s.arg(u"step"_s.leftJustified(30), u"result"_s.leftJustified(44),
                              u"peak RSS"_s.leftJustified(10), u"target"_s));
    auto row = [&](const QString &step, const QString &result, qint64 rssKb,
                   const QString &target) {
        line(u"%1 %2 %3 %4"_s.arg(
            step.leftJustified(30), result.leftJustified(44),
            QString(QString::number(rssKb / 1024) + u" MB"_s).leftJustified(10), target));
    };
    row(u"full sync with resources"_s,
        full.ok ? u"%1, JSON at %2 MB/s"_s.arg(secs(full.wallMs))
                      .arg(jsonMB / (full.wallMs / 1000), 0, 'f', 1)
                : u"FAILED: "_s + full.error,
        full.rssKb, u"≤ 20 s, ≤ 300 MB"_s);
    row(u"resync, nothing changed"_s,
        unchanged.ok ? u"%1 (%2 %), %3 rows, %4 resource bytes"_s.arg(secs(unchanged.wallMs))
                           .arg(100.0 * unchanged.wallMs / full.wallMs, 0, 'f', 0)
                           .arg(unchanged.rowsWritten)
                           .arg(unchanged.resourceBytes)
                     : u"FAILED: "_s + unchanged.error,
        unchanged.rssKb, u"≤ 20 % of full, 0 rows, 0 bytes"_s);
    row(u"resync, 1 % of pages changed"_s,
        partial.ok ? u"%1, %2 pages changed, %3 rows written"_s.arg(secs(partial.wallMs))
                         .arg(changedPages)
                         .arg(partial.rowsWritten)
                   : u"FAILED: "_s + partial.error,
        partial.rssKb, u"rows = changes"_s);
    row(u"search (%1 queries)"_s.arg(latencies.size()),
        searchError.isEmpty()
            ? u"p50 %1 ms, p95 %2 ms, p99 %3 ms"_s.arg(percentile(latencies, 0.5), 0, 'f', 1)
                  .arg(percentile(latencies, 0.95), 0, 'f', 1)
                  .arg(percentile(latencies, 0.99), 0, 'f', 1)
            : u"not available: "_s + searchError,
        searchRssKb, u"p95 ≤ 20 ms"_s);
    bench::compareLists(server.baseUrl(), listUrls, connectionCount, false,
                        parser.value(baselineCli));
    line(
        u"store size: %1, of which search index %2 (vocabulary: %3 words, %4); index build from scratch %5"_s
            .arg(mb(storeBytes), mb(indexBytes))
            .arg(vocabularyTerms)
            .arg(mb(vocabularyBytes), secs(indexBuildMs)));
    return full.ok ? 0 : 1;
}
