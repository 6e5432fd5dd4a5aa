#include "cli/cliconsole.h"
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "core/paths/datapaths.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace integreat::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("integreat::cli", text);
}

QJsonValue isoOrNull(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject languageJson(const store::Store::LanguageStatus &s)
{
    return QJsonObject{
        {u"code"_s, s.code},
        {u"pages"_s, s.pages},
        {u"events"_s, s.events},
        {u"places"_s, s.places},
        {u"news"_s, s.news},
        {u"last_sync"_s, isoOrNull(s.lastSuccess)},
        {u"last_attempt"_s, isoOrNull(s.lastAttempt)},
        {u"last_error"_s, s.lastError.isEmpty() ? QJsonValue() : QJsonValue(s.lastError)},
    };
}

QString languageLine(const store::Store::LanguageStatus &s)
{
    const QLocale locale;
    QString line = tr("  %1: %2 pages, %3 events, %4 places, %5 news")
                       .arg(s.code)
                       .arg(s.pages)
                       .arg(s.events)
                       .arg(s.places)
                       .arg(s.news);
    line += s.lastSuccess.isValid()
                ? tr("; synced %1")
                      .arg(locale.toString(s.lastSuccess.toLocalTime(), QLocale::ShortFormat))
                : tr("; never synced");
    if (!s.lastError.isEmpty())
        line += tr("; last attempt failed: %1").arg(s.lastError);
    return line;
}
} // namespace

int runStatus(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show what the local store holds, per region and language."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    parser.addOption(json);
    if (const auto done = context.parse(parser, arguments))
        return *done;

    store::Store *store = context.openStore();
    if (!store)
        return 1;
    QList<store::Store::RegionStatus> regions;
    store::ResourceStats resources;
    try {
        regions = store->status();
        resources = store->resourceStats();
    } catch (const store::StoreError &error) {
        return fail(tr("Cannot read the local store: %1").arg(context.storeFailure(error)));
    }

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const auto &region : std::as_const(regions)) {
            QJsonArray languages;
            for (const auto &language : region.languages)
                languages.append(languageJson(language));
            array.append(QJsonObject{
                {u"slug"_s, region.slug}, {u"name"_s, region.name}, {u"languages"_s, languages}});
        }
        const QJsonObject root{
            {u"store_bytes"_s, store->sizeBytes()},
            {u"store_path"_s, store->filePath()},
            {u"regions"_s, array},
            {u"resources"_s,
             QJsonObject{{u"count"_s, resources.count},
                         {u"bytes"_s, resources.bytes},
                         {u"failed"_s, resources.failed},
                         {u"path"_s, paths::DataPaths(context.dataDir()).resourceDir()}}}};
        out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact)));
        return 0;
    }

    out(tr("Store: %1 (%2)")
            .arg(store->filePath(), QLocale().formattedDataSize(store->sizeBytes())));
    if (regions.isEmpty())
        out(tr("No region synced yet. Try: integreat-cli sync --region augsburg"));
    for (const auto &region : std::as_const(regions)) {
        out(u"%1 (%2)"_s.arg(region.slug, region.name));
        for (const auto &language : region.languages)
            out(languageLine(language));
    }
    QString line = tr("Images and documents: %1 files (%2)")
                       .arg(resources.count)
                       .arg(QLocale().formattedDataSize(resources.bytes));
    if (resources.failed > 0)
        line += tr("; %1 not downloaded yet, tried again on the next sync").arg(resources.failed);
    out(line);
    return 0;
}

} // namespace integreat::cli
