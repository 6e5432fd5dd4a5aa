#include "core/sync/packimporter.h"

#include "core/api/mappers.h"
#include "core/content/bidi.h"
#include "core/content/resourcename.h"
#include "core/content/sanitizer.h"
#include "core/paths/datapaths.h"
#include "core/store/database.h"
#include "core/store/resourcetable.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace integreat::sync {

namespace {

/// The translation context of this file's free functions (lupdate reads it from the macro).
class PackImporterText
{
    Q_DECLARE_TR_FUNCTIONS(integreat::sync::PackImporter)
};

/// Thrown inside import() with a user-readable sentence.
struct PackError
{
    QString message;
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw PackError{PackImporterText::tr("The content pack is incomplete: %1 is missing.")
                            .arg(QDir::toNativeSeparators(path))};
    return file.readAll();
}

QJsonDocument readJson(const QString &path)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(readFile(path), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        throw PackError{PackImporterText::tr("The content pack is damaged: %1 (%2).")
                            .arg(QDir::toNativeSeparators(path), parseError.errorString())};
    }
    return document;
}

template <class T> QList<T> mapped(const api::MapResult<T> &result, const QString &path)
{
    if (!result.ok())
        throw PackError{PackImporterText::tr("The content pack is damaged: %1 (%2).")
                            .arg(QDir::toNativeSeparators(path), result.error)};
    return result.items;
}

/// `when` moved by `days` keeping its wall clock in the event's zone (18:00 stays 18:00 across a
/// daylight-saving change), with the offset of the new date.
QDateTime movedKeepingWallClock(const QDateTime &when, qint64 days, const QTimeZone &zone)
{
    if (!zone.isValid())
        return when.addDays(days);
    const QDateTime moved = when.toTimeZone(zone).addDays(days);
    return moved.toOffsetFromUtc(moved.offsetFromUtc());
}

/// A one-off event that is over is moved on by whole weeks to the next time it lies ahead, so
/// the demo always has something coming up (recurring events recur by themselves). Moving keeps
/// the wall clock: a 18:00 event in January is at 18:00 in July too.
void moveIntoFuture(model::Event &event, const QDateTime &now)
{
    if (!event.recurrenceRule.isEmpty() || !event.start.isValid())
        return;
    const QDateTime end = event.end.isValid() ? event.end : event.start;
    if (end >= now)
        return;
    const QTimeZone zone(event.timeZone.isEmpty() ? QByteArrayLiteral("Europe/Berlin")
                                                  : event.timeZone.toUtf8());
    const qint64 weeks = event.start.daysTo(now) / 7 + 1;
    event.start = movedKeepingWallClock(event.start, weeks * 7, zone);
    if (event.end.isValid())
        event.end = movedKeepingWallClock(event.end, weeks * 7, zone);
}

/// What LanguageFetcher does to downloaded HTML before it is stored.
QString sanitized(const QString &html, const content::SanitizeOptions &options)
{
    return content::sanitize(html, options).html;
}

store::ResourceRecord packResource(const QUrl &url, const QString &file, qint64 bytes,
                                   const QDateTime &now)
{
    store::ResourceRecord record;
    record.url = QString::fromUtf8(url.adjusted(QUrl::RemoveFragment).toEncoded());
    record.file = file;
    record.contentType = u"image/svg+xml"_s;
    record.bytes = bytes;
    record.maxAgeSeconds = qint64(10) * 365 * 24 * 3600; // the pack is the only source
    record.fetchedAt = now;
    return record;
}

} // namespace

void sanitizePackContent(store::LanguageContent &content, const model::Region &region,
                         const QUrl &server)
{
    content::SanitizeOptions options;
    options.server = server;
    options.rewriteImagesToStore = false; // the resource cache and the views map the URLs
    options.rightToLeft = content::bidi::isRightToLeftLanguage(region, content.language.code);
    for (model::Page &page : content.pages)
        page.content = sanitized(page.content, options);
    for (model::Event &event : *content.events)
        event.content = sanitized(event.content, options);
    for (model::Place &place : *content.places)
        place.content = sanitized(place.content, options);
    if (*content.imprint)
        (*content.imprint)->content = sanitized((*content.imprint)->content, options);
    for (model::NewsItem &item : *content.news) {
        if (item.source != u"local"_s) // external news are HTML; local ones plain text
            item.content = sanitized(item.content, options);
    }
}

PackImporter::PackImporter(store::Store &store, const QString &dataDir)
    : m_store(store)
    , m_dataDir(dataDir)
{
}

PackReport PackImporter::import(const QString &packDir, const QStringList &languages)
{
    PackReport report;
    const QDir dir(packDir);
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    try {
        const QJsonObject pack = readJson(dir.filePath(u"pack.json"_s)).object();
        report.region = pack.value("region"_L1).toString();
        const QString mediaBase = pack.value("media_base"_L1).toString();

        // 1. Read and map everything first.
        const QString regionsPath = dir.filePath(u"regions.json"_s);
        const QList<model::Region> regions =
            mapped(api::mapRegions(readJson(regionsPath)), regionsPath);
        const auto region = std::find_if(regions.cbegin(), regions.cend(),
                                         [&](const auto &r) { return r.slug == report.region; });
        if (report.region.isEmpty() || region == regions.cend())
            throw PackError{PackImporterText::tr("The content pack names no region it contains.")};

        QList<store::LanguageContent> contents;
        for (const model::Language &language : region->languages) {
            if (!languages.isEmpty() && !languages.contains(language.code))
                continue;
            const QDir langDir(dir.filePath(language.code));
            auto read = [&](const char *name) {
                return readJson(langDir.filePath(QString::fromUtf8(name)));
            };
            auto path = [&](const char *name) {
                return langDir.filePath(QString::fromUtf8(name));
            };
            store::LanguageContent content;
            content.region = region->slug;
            content.language = language;
            content.syncedAt = now;
            content.pages = mapped(api::mapPages(read("pages.json")), path("pages.json"));
            content.events = mapped(api::mapEvents(read("events.json")), path("events.json"));
            content.places = mapped(api::mapPlaces(read("locations.json")), path("locations.json"));
            content.categories = mapped(api::mapPlaceCategories(read("location-categories.json")),
                                        path("location-categories.json"));
            const QList<model::Page> imprint =
                mapped(api::mapImprint(read("imprint.json")), path("imprint.json"));
            content.imprint = imprint.isEmpty() ? std::optional<model::Page>()
                                                : std::optional<model::Page>(imprint.constFirst());
            content.news = mapped(api::mapNews(read("news.json")), path("news.json"));
            for (model::Event &event : *content.events)
                moveIntoFuture(event, now);
            sanitizePackContent(content, *region, m_server);
            contents << content;
        }
        if (contents.isEmpty()) {
            throw PackError{PackImporterText::tr("The content pack has none of the languages %1.")
                                .arg(languages.join(u", "_s))};
        }
        QList<std::pair<QString, QByteArray>> images;
        for (const QJsonValue value : pack.value("images"_L1).toArray()) {
            const QString name = value.toString();
            images.append({name, readFile(dir.filePath(u"images/"_s + name))});
        }

        // 2. Nothing is missing: images first, before the content that shows them.
        const QDir resources(paths::DataPaths(m_dataDir).resourceDir());
        if (!QDir().mkpath(resources.path()))
            throw PackError{PackImporterText::tr("Could not create the folder %1.")
                                .arg(QDir::toNativeSeparators(resources.path()))};
        QList<store::ResourceRecord> records;
        for (const auto &[name, bytes] : std::as_const(images)) {
            const QUrl url(mediaBase + name);
            const QString file = content::resourceFileName(url);
            const QString target = resources.filePath(file);
            QFile existing(target);
            if (!existing.open(QIODevice::ReadOnly) || existing.readAll() != bytes) {
                existing.close();
                QSaveFile out(target);
                if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() ||
                    !out.commit()) {
                    throw PackError{PackImporterText::tr("Could not write %1: %2")
                                        .arg(QDir::toNativeSeparators(target), out.errorString())};
                }
            }
            records.append(packResource(url, file, bytes.size(), now));
            ++report.resources;
        }
        m_store.resources().saveFetched(records);

        // 3. The region, then each language in its own transaction.
        m_store.saveRegions({*region});
        for (const store::LanguageContent &content : std::as_const(contents)) {
            m_store.applyLanguage(content);
            report.languages << content.language.code;
            report.pages += int(content.pages.size());
        }
    } catch (const PackError &error) {
        report.error = error.message;
    } catch (const store::StoreError &error) {
        report.error = PackImporterText::tr("Could not save the content pack: %1")
                           .arg(QString::fromUtf8(error.what()));
    }
    return report;
}

} // namespace integreat::sync
