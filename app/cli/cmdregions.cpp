#include "cli/cliconsole.h"
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "core/api/httpclient.h"
#include "core/store/store.h"
#include "core/sync/syncengine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace integreat::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("integreat::cli", text);
}

QJsonObject regionJson(const model::Region &region)
{
    QJsonArray languages;
    for (const model::Language &language : region.languages) {
        languages.append(QJsonObject{{u"code"_s, language.code},
                                     {u"native_name"_s, language.nativeName},
                                     {u"rtl"_s, language.rightToLeft}});
    }
    return QJsonObject{{u"slug"_s, region.slug},
                       {u"name"_s, region.name},
                       {u"live"_s, region.live},
                       {u"languages"_s, languages}};
}
} // namespace

int runRegions(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the regions on the server: name, slug, languages."));
    const QCommandLineOption all(u"all"_s, tr("Include hidden regions."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    parser.addOptions({all, json});
    if (const auto done = context.parse(parser, arguments))
        return *done;

    store::Store *store = context.openStore();
    if (!store)
        return 1;
    sync::SyncEngine engine(*store, context.http(), context.server());
    sync::SyncEngine::RegionList list = engine.fetchRegions();
    if (!list.error.isEmpty())
        return fail(list.error);

    std::sort(list.regions.begin(), list.regions.end(), [](const auto &a, const auto &b) {
        const QString keyA = a.nameWithoutPrefix.isEmpty() ? a.name : a.nameWithoutPrefix;
        const QString keyB = b.nameWithoutPrefix.isEmpty() ? b.name : b.nameWithoutPrefix;
        return QString::localeAwareCompare(keyA, keyB) < 0;
    });
    QJsonArray array;
    for (const model::Region &region : std::as_const(list.regions)) {
        if (!region.live && !parser.isSet(all))
            continue;
        if (parser.isSet(json)) {
            array.append(regionJson(region));
            continue;
        }
        QStringList codes;
        for (const model::Language &language : region.languages)
            codes << language.code;
        out(u"%1  %2  %3%4"_s.arg(region.slug.leftJustified(20), region.name, codes.join(u','),
                                  region.live ? QString() : tr("  (hidden)")));
    }
    if (parser.isSet(json))
        out(QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"regions"_s, array}}).toJson(QJsonDocument::Compact)));
    return 0;
}

} // namespace integreat::cli
