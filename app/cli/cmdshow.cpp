#include "cli/cliconsole.h"
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "core/content/htmltext.h"
#include "core/content/itempath.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace integreat::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("integreat::cli", text);
}

void printBody(const QString &title, const QStringList &facts, const QString &html)
{
    out(title);
    out(QString(title.size(), u'='));
    for (const QString &fact : facts) {
        if (!fact.isEmpty())
            out(fact);
    }
    const QString text = content::htmlToPlainText(html);
    if (!text.isEmpty()) {
        out(QString());
        out(text);
    }
}

QString addressLine(const model::Address &a)
{
    QStringList parts;
    const QString place = QString(a.postcode + u' ' + a.town).trimmed();
    for (const QString &part : {a.name, a.street, place}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(u", "_s);
}
} // namespace

int runShow(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print the title and text of a stored page, event or place."));
    const QCommandLineOption regionOption(u"region"_s, tr("Region slug."), u"SLUG"_s);
    const QCommandLineOption languageOption(u"language"_s, tr("Language code."), u"CODE"_s);
    parser.addOptions({regionOption, languageOption});
    parser.addPositionalArgument(u"PATH"_s, tr("Path such as /augsburg/de/willkommen/"));
    if (const auto done = context.parse(parser, arguments))
        return *done;
    const QString region = parser.value(regionOption).trimmed();
    const QString language = parser.value(languageOption).trimmed();
    if (region.isEmpty() || language.isEmpty() || parser.positionalArguments().size() != 1)
        return fail(tr("usage: integreat-cli show --region SLUG --language CODE PATH"), 2);
    const QString path =
        content::itemPath(parser.positionalArguments().constFirst(), region, language);

    store::Store *store = context.openStore();
    if (!store)
        return 1;
    const QLocale locale;
    try {
        if (const auto page = store->page(region, language, path)) {
            printBody(
                page->title,
                {page->lastUpdated.isValid()
                     ? tr("Last updated: %1")
                           .arg(locale.toString(page->lastUpdated.date(), QLocale::LongFormat))
                     : QString(),
                 page->organization ? tr("Organization: %1").arg(page->organization->name)
                                    : QString()},
                page->content);
            return 0;
        }
        if (const auto event = store->event(region, language, path)) {
            const QString when = event->allDay
                                     ? locale.toString(event->start.date(), QLocale::LongFormat)
                                     : locale.toString(event->start, QLocale::LongFormat);
            printBody(
                event->title,
                {tr("When: %1").arg(when),
                 event->location ? tr("Where: %1").arg(addressLine(*event->location)) : QString()},
                event->content);
            return 0;
        }
        if (const auto place = store->place(region, language, path)) {
            printBody(place->title,
                      {place->category ? tr("Category: %1").arg(place->category->name) : QString(),
                       tr("Address: %1").arg(addressLine(place->address))},
                      place->content);
            return 0;
        }
        if (const auto imprint = store->imprint(region, language);
            imprint && imprint->path == path) {
            printBody(imprint->title, {}, imprint->content);
            return 0;
        }
    } catch (const store::StoreError &error) {
        return fail(tr("Cannot read the local store: %1").arg(context.storeFailure(error)));
    }
    return fail(tr("%1 is not in the local store for %2 (%3). Sync it first: integreat-cli sync "
                   "--region %2 --languages %3")
                    .arg(path, region, language));
}

} // namespace integreat::cli
