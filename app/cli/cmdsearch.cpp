#include "cli/cliconsole.h"
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>
#include <string>

using namespace Qt::StringLiterals;

namespace integreat::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("integreat::cli", text);
}

QJsonObject hitJson(const store::SearchHit &hit)
{
    return QJsonObject{
        {u"kind"_s, hit.kind},       {u"language"_s, hit.language},
        {u"path"_s, hit.path},       {u"title"_s, hit.title},
        {u"snippet"_s, hit.snippet}, {u"matched_language"_s, hit.matchedLanguage},
    };
}

void printHit(const store::SearchHit &hit)
{
    QString heading = u"[%1] %2  %3"_s.arg(hit.kind, hit.language, hit.title);
    if (hit.matchedLanguage != hit.language)
        heading += u"  "_s + tr("(found in %1)").arg(hit.matchedLanguage);
    out(heading);
    out(u"  "_s + hit.path);
    if (!hit.snippet.isEmpty())
        out(u"  "_s + hit.snippet);
    out(QString());
}

/// One query per line of stdin; one line "HITS<TAB>MILLISECONDS<TAB>QUERY" per query.
int searchLines(const store::Store &store, const QString &region, const QString &language,
                store::SearchMode mode, int limit)
{
    std::string line;
    int ch = 0;
    while (true) {
        line.clear();
        while ((ch = std::fgetc(stdin)) != EOF && ch != '\n')
            line.push_back(char(ch));
        if (ch == EOF && line.empty())
            break;
        QString query = QString::fromStdString(line);
        if (query.endsWith(u'\r'))
            query.chop(1);
        QElapsedTimer timer;
        timer.start();
        const qsizetype hits = store.search(region, language, query, mode, limit).size();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        out(u"%1\t%2\t%3"_s.arg(hits).arg(ms, 0, 'f', 3).arg(query));
        if (ch == EOF)
            break;
    }
    return 0;
}

/// Whether the store has anything of `region` (and `language`, unless empty).
bool isStored(const store::Store &store, const QString &region, const QString &language)
{
    const auto regions = store.status();
    return std::any_of(regions.cbegin(), regions.cend(), [&](const auto &r) {
        return r.slug == region && (language.isEmpty() ||
                                    std::any_of(r.languages.cbegin(), r.languages.cend(),
                                                [&](const auto &l) { return l.code == language; }));
    });
}
} // namespace

int runSearch(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Search the stored pages, events, places and news of a region, offline. Pages with "
           "every word (at the start of a word of the title or the text; titles count double) "
           "come first, then pages where a misspelt word is corrected, another form of a word "
           "or a compound containing it matches; a question finds the pages sharing its rarer "
           "words."));
    const QCommandLineOption regionOption(u"region"_s, tr("Region slug."), u"SLUG"_s);
    const QCommandLineOption languageOption(u"language"_s, tr("Language code (the user's)."),
                                            u"CODE"_s);
    const QCommandLineOption germanOption(
        u"also-german"_s,
        tr("Search German too; a German hit is shown in the language when it is translated."));
    const QCommandLineOption allOption(u"all-languages"_s, tr("Search every stored language."));
    const QCommandLineOption limitOption(u"limit"_s, tr("At most N results (1-75, default 75)."),
                                         u"N"_s, u"75"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Print JSON."));
    const QCommandLineOption stdinOption(
        u"stdin"_s, tr("Read one query per line; print HITS<TAB>MILLISECONDS<TAB>QUERY each."));
    parser.addOptions({regionOption, languageOption, germanOption, allOption, limitOption,
                       jsonOption, stdinOption});
    parser.addPositionalArgument(u"QUERY"_s, tr("Words to search for."), u"QUERY…"_s);
    if (const auto done = context.parse(parser, arguments))
        return *done;

    const QString region = parser.value(regionOption).trimmed();
    const QString language = parser.value(languageOption).trimmed();
    const bool fromStdin = parser.isSet(stdinOption);
    if (region.isEmpty() || language.isEmpty() ||
        (!fromStdin && parser.positionalArguments().isEmpty())) {
        return fail(tr("usage: integreat-cli search --region SLUG --language CODE "
                       "[--also-german | --all-languages] [--limit N] [--json] QUERY… "
                       "(or --stdin)"),
                    2);
    }
    if (parser.isSet(germanOption) && parser.isSet(allOption))
        return fail(tr("--also-german and --all-languages exclude each other"), 2);
    bool ok = false;
    const int limit = parser.value(limitOption).toInt(&ok);
    if (!ok || limit < 1 || limit > store::Search::MaxResults)
        return fail(tr("--limit needs a number from 1 to %1").arg(store::Search::MaxResults), 2);
    const store::SearchMode mode = parser.isSet(allOption)      ? store::SearchMode::AllLanguages
                                   : parser.isSet(germanOption) ? store::SearchMode::AlsoGerman
                                                                : store::SearchMode::OneLanguage;

    store::Store *store = context.openStore();
    if (!store)
        return 1;
    try {
        const bool all = mode == store::SearchMode::AllLanguages;
        if (!isStored(*store, region, all ? QString() : language)) {
            return fail(tr("Nothing of %1 (%2) is in the local store. Sync it first: "
                           "integreat-cli sync --region %1 --languages %2")
                            .arg(region, all ? u"all"_s : language));
        }
        if (fromStdin)
            return searchLines(*store, region, language, mode, limit);

        const QString query = parser.positionalArguments().join(u' ');
        const QList<store::SearchHit> hits = store->search(region, language, query, mode, limit);
        if (parser.isSet(jsonOption)) {
            QJsonArray results;
            for (const store::SearchHit &hit : hits)
                results.append(hitJson(hit));
            QJsonObject object{{u"results"_s, results}};
            // The query as corrected ("Kindergeld" for "Kindergelt"); absent when it was not.
            if (!hits.isEmpty() && !hits.constFirst().correctedQuery.isEmpty())
                object.insert(u"corrected"_s, hits.constFirst().correctedQuery);
            const QJsonDocument document(object);
            out(QString::fromUtf8(document.toJson(QJsonDocument::Compact)));
            return 0;
        }
        if (hits.isEmpty())
            err(tr("No results for “%1”.").arg(query));
        else if (!hits.constFirst().correctedQuery.isEmpty())
            out(tr("Results for “%1”:").arg(hits.constFirst().correctedQuery) + u'\n');
        for (const store::SearchHit &hit : hits)
            printHit(hit);
    } catch (const store::StoreError &error) {
        return fail(tr("Cannot read the local store: %1").arg(context.storeFailure(error)));
    }
    return 0;
}

} // namespace integreat::cli
