#include "listsbench.h"

#include "barefetch.h"
#include "syncrun.h"

#include <QTemporaryDir>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace integreat::bench {

namespace {
QString secs(double ms)
{
    return QString::number(ms / 1000.0, 'f', 2) + u" s"_s;
}

QJsonObject syncJson(const SyncFigures &f)
{
    return QJsonObject{{u"ok"_s, f.ok},
                       {u"seconds"_s, f.wallMs / 1000},
                       {u"peak_rss_mb"_s, double(f.rssKb) / 1024},
                       {u"rows_written"_s, f.rowsWritten}};
}
} // namespace

QJsonObject compareLists(const QUrl &server, const QList<QUrl> &urls, int connections, bool quiet,
                         const QString &baselineCli)
{
    std::fprintf(stderr, "bare fetch + JSON parse over %d connections…\n", connections);
    const BareFetch bare = fetchAndParse(urls, connections);

    QTemporaryDir sequentialDir, concurrentDir;
    auto global = [&](const QTemporaryDir &dir) {
        return QStringList{u"--server"_s, server.toString(), u"--data-dir"_s, dir.path()};
    };
    const QStringList listsOnly{u"--no-resources"_s};
    std::fprintf(stderr, "full sync of the lists, 1 connection…\n");
    const SyncFigures sequential =
        runSync(global(sequentialDir), listsOnly + QStringList{u"--connections"_s, u"1"_s});
    std::fprintf(stderr, "full sync of the lists, %d connections…\n", connections);
    const QStringList concurrentOptions =
        listsOnly + QStringList{u"--connections"_s, QString::number(connections)};
    const SyncFigures concurrent = runSync(global(concurrentDir), concurrentOptions);
    std::fprintf(stderr, "unchanged resync of the lists, %d connections…\n", connections);
    const SyncFigures unchanged = runSync(global(concurrentDir), concurrentOptions);
    QTemporaryDir baselineDir;
    SyncFigures baseline, baselineUnchanged;
    if (!baselineCli.isEmpty()) {
        std::fprintf(stderr, "the same with %s…\n", qPrintable(baselineCli));
        baseline = runSync(global(baselineDir), concurrentOptions, baselineCli);
        baselineUnchanged = runSync(global(baselineDir), concurrentOptions, baselineCli);
    }

    const double ratio = bare.wallMs > 0 ? concurrent.wallMs / bare.wallMs : 0;
    const double share = concurrent.wallMs > 0 ? unchanged.wallMs / concurrent.wallMs : 0;
    QJsonObject out{
        {u"connections"_s, connections},
        {u"bare_fetch_parse"_s, QJsonObject{{u"seconds"_s, bare.wallMs / 1000},
                                            {u"requests"_s, urls.size()},
                                            {u"bytes"_s, bare.bytes},
                                            {u"failed"_s, bare.failed}}},
        {u"sync_sequential"_s, syncJson(sequential)},
        {u"sync_concurrent"_s, syncJson(concurrent)},
        {u"sync_over_bare"_s, ratio},
        {u"speedup"_s, concurrent.wallMs > 0 ? sequential.wallMs / concurrent.wallMs : 0},
        {u"unchanged_resync"_s, syncJson(unchanged)},
        {u"unchanged_share_of_full"_s, share},
    };
    const double baselineRatio = bare.wallMs > 0 ? baseline.wallMs / bare.wallMs : 0;
    const double baselineShare =
        baseline.wallMs > 0 ? baselineUnchanged.wallMs / baseline.wallMs : 0;
    if (!baselineCli.isEmpty()) {
        out.insert(u"baseline"_s, QJsonObject{{u"cli"_s, baselineCli},
                                              {u"sync_concurrent"_s, syncJson(baseline)},
                                              {u"sync_over_bare"_s, baselineRatio},
                                              {u"unchanged_resync"_s, syncJson(baselineUnchanged)},
                                              {u"unchanged_share_of_full"_s, baselineShare}});
    }
    if (quiet)
        return out;

    auto row = [](const QString &step, const QString &result, qint64 rssKb, const QString &target) {
        const QString rss = rssKb > 0 ? QString::number(rssKb / 1024) + u" MB"_s : QString();
        std::puts(u"%1 %2 %3 %4"_s
                      .arg(step.leftJustified(30), result.leftJustified(44), rss.leftJustified(10),
                           target)
                      .toUtf8()
                      .constData());
    };
    auto result = [](const SyncFigures &f, const QString &text) {
        return f.ok ? text : u"FAILED: "_s + f.error;
    };
    row(u"lists: bare fetch + parse, %1"_s.arg(connections),
        u"%1, %2 requests, %3 MB%4"_s.arg(secs(bare.wallMs))
            .arg(urls.size())
            .arg(double(bare.bytes) / 1e6, 0, 'f', 1)
            .arg(bare.failed ? u", %1 FAILED"_s.arg(bare.failed) : QString()),
        0, u"the floor"_s);
    row(u"lists: sync, 1 connection"_s, result(sequential, secs(sequential.wallMs)),
        sequential.rssKb, QString());
    row(u"lists: sync, %1 connections"_s.arg(connections),
        result(concurrent,
               u"%1 (%2× the bare fetch, %3× faster than 1)"_s.arg(secs(concurrent.wallMs))
                   .arg(ratio, 0, 'f', 2)
                   .arg(sequential.wallMs / std::max(1.0, concurrent.wallMs), 0, 'f', 2)),
        concurrent.rssKb, u"≤ 2× bare, ≤ 300 MB"_s);
    row(u"lists: resync, unchanged"_s,
        result(unchanged, u"%1 (%2 % of the full sync), %3 rows"_s.arg(secs(unchanged.wallMs))
                              .arg(100.0 * share, 0, 'f', 0)
                              .arg(unchanged.rowsWritten)),
        unchanged.rssKb, u"≤ 10 % of full"_s);
    if (baselineCli.isEmpty())
        return out;
    row(u"baseline: sync, %1 connections"_s.arg(connections),
        result(
            baseline,
            u"%1 (%2× the bare fetch)"_s.arg(secs(baseline.wallMs)).arg(baselineRatio, 0, 'f', 2)),
        baseline.rssKb, baselineCli);
    row(u"baseline: resync, unchanged"_s,
        result(baselineUnchanged,
               u"%1 (%2 % of its full sync), %3 rows"_s.arg(secs(baselineUnchanged.wallMs))
                   .arg(100.0 * baselineShare, 0, 'f', 0)
                   .arg(baselineUnchanged.rowsWritten)),
        baselineUnchanged.rssKb, QString());
    return out;
}

} // namespace integreat::bench
