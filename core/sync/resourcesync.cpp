#include "core/sync/resourcesync.h"

#include "core/content/resourcefinder.h"
#include "core/content/resourcename.h"
#include "core/net/redirects.h"
#include "core/store/resourcetable.h"
#include "core/store/store.h"
#include "core/sync/resourcedownloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace integreat::sync {

namespace {

constexpr int MaxReportedErrors = 50;

QString keyOf(const QUrl &url)
{
    return QString::fromLatin1(url.toEncoded());
}

} // namespace

ResourceSync::ResourceSync(store::Store &store, const QUrl &server, ResourceOptions options,
                           int transferTimeoutMs, QByteArray userAgent,
                           std::function<bool()> isCancelled, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_server(server)
    , m_options(std::move(options))
    , m_transferTimeoutMs(transferTimeoutMs)
    , m_userAgent(std::move(userAgent))
    , m_isCancelled(std::move(isCancelled))
{
}

ResourceSync::~ResourceSync() = default;

ResourceOutcome ResourceSync::run(const QString &region)
{
    ResourceOutcome outcome;
    outcome.ran = true;
    const QDateTime passStart = QDateTime::currentDateTimeUtc();
    if (m_options.directory.isEmpty() || !QDir().mkpath(m_options.directory)) {
        outcome.errors
            << tr("Cannot create the folder for images and documents: %1").arg(m_options.directory);
        return outcome;
    }
    try {
        const References found = references(region);
        download(found, passStart, outcome);
        if (m_isCancelled && m_isCancelled())
            return outcome; // the caller reports the sync as cancelled; prune next time
        prune(found, passStart, outcome);
    } catch (const store::StoreError &error) {
        outcome.errors << tr("Could not update the list of images and documents: %1")
                              .arg(QString::fromUtf8(error.what()));
    }
    return outcome;
}

ResourceSync::References ResourceSync::references(const QString &region) const
{
    References out;
    QSet<QString> inRegion;
    const auto add = [&](const QUrl &url, bool mine) {
        const QString key = keyOf(url);
        out.all.insert(key);
        if (mine && !inRegion.contains(key)) {
            inRegion.insert(key);
            out.region.append(url);
        }
    };
    m_store.resources().forEachSource([&](const store::ResourceSource &source) {
        const bool mine = source.region == region;
        if (source.isHtml) {
            for (const QUrl &url : content::findResources(source.text, m_server))
                add(url, mine);
            for (const QString &file : content::findLocalResourceFiles(source.text)) {
                out.allFiles.insert(file);
                if (mine)
                    out.regionFiles.insert(file);
            }
        } else if (const auto url = content::resolveResource(source.text, m_server, false)) {
            add(*url, mine); // thumbnails and icons are images whatever their name
        }
    });
    return out;
}

bool ResourceSync::isFresh(const store::ResourceRecord &record, const QDateTime &now) const
{
    if (!record.checkedAt.isValid())
        return false;
    const qint64 age = record.checkedAt.secsTo(now);
    if (age < 0)
        return false; // the clock went backwards: check rather than trust
    const qint64 window = std::min<qint64>(
        record.maxAgeSeconds.value_or(m_options.freshFor.count()), m_options.maxFreshFor.count());
    return age < window;
}

void ResourceSync::download(const References &references, const QDateTime &now,
                            ResourceOutcome &outcome)
{
    store::ResourceTable table = m_store.resources();
    const QHash<QString, store::ResourceRecord> records = table.all();
    const QDir dir(m_options.directory);

    QList<QUrl> urls = references.region;
    if (!references.regionFiles.isEmpty()) {
        QSet<QString> listed;
        for (const QUrl &url : urls)
            listed.insert(keyOf(url));
        for (const store::ResourceRecord &record : records) {
            const QUrl url = QUrl::fromEncoded(record.url.toLatin1());
            if (references.regionFiles.contains(record.file) && !listed.contains(record.url) &&
                content::isCmsHost(url, m_server))
                urls.append(url);
        }
    }
    outcome.referenced = int(urls.size());

    ResourceProgress state;
    state.total = int(urls.size());
    QList<DownloadJob> jobs;
    for (const QUrl &url : urls) {
        const QString file = content::resourceFileName(url);
        DownloadJob job;
        job.url = url;
        job.filePath = dir.filePath(file);
        const auto found = records.constFind(keyOf(url));
        const bool cached = found != records.cend() && found->isCached() && found->file == file &&
                            QFileInfo::exists(job.filePath);
        if (cached && !m_options.revalidateAll && isFresh(*found, now)) {
            ++outcome.fresh;
            ++state.done;
            continue;
        }
        if (cached) {
            job.etag = found->etag;
            job.lastModified = found->lastModified;
        }
        jobs.append(job);
    }
    emit progress(state);
    if (jobs.isEmpty())
        return;

    DownloadOptions options;
    options.parallel = m_options.parallel;
    options.transferTimeoutMs = m_transferTimeoutMs;
    options.maxBytes = m_options.maxBytes;
    options.maxAttempts = m_options.maxAttempts;
    options.maxFailuresInARow = m_options.maxFailuresInARow;
    options.userAgent = m_userAgent;
    const QUrl server = m_server;
    ResourceDownloader downloader(
        options,
        [server](const QUrl &target) {
            return content::isCmsHost(target, server) && net::portAllowed(target, server);
        },
        m_isCancelled);

    QStringList errors;
    const QString stopped = downloader.run(jobs, [&](const DownloadJob &job,
                                                     const DownloadResult &r) {
        const QString key = keyOf(job.url);
        const QString file = QFileInfo(job.filePath).fileName();
        try {
            switch (r.outcome) {
            case DownloadResult::Outcome::Fetched: {
                store::ResourceRecord record;
                record.url = key;
                record.file = file;
                record.etag = r.etag;
                record.lastModified = r.lastModified;
                record.contentType = r.contentType;
                record.bytes = r.bytes;
                record.maxAgeSeconds = r.maxAgeSeconds;
                record.fetchedAt = QDateTime::currentDateTimeUtc();
                table.saveFetched(record);
                ++outcome.fetched;
                outcome.bytes += r.bytes;
                break;
            }
            case DownloadResult::Outcome::NotModified:
                table.saveNotModified(key, QDateTime::currentDateTimeUtc(), r.maxAgeSeconds, r.etag,
                                      r.lastModified);
                ++outcome.notModified;
                break;
            case DownloadResult::Outcome::Failed:
                table.saveFailure(key, file, r.error);
                ++outcome.failed;
                errors << u"%1: %2"_s.arg(job.url.toDisplayString(), r.error);
                break;
            case DownloadResult::Outcome::Skipped:
                ++outcome.skipped;
                break;
            }
        } catch (const store::StoreError &error) {
            // The file (if any) is swept as a stray one; the resource is fetched next time.
            ++outcome.failed;
            errors << u"%1: %2"_s.arg(job.url.toDisplayString(), QString::fromUtf8(error.what()));
        }
        ++state.done;
        state.bytes = outcome.bytes;
        emit progress(state);
    });

    if (errors.size() > MaxReportedErrors) {
        const int more = int(errors.size()) - MaxReportedErrors;
        errors.resize(MaxReportedErrors);
        errors << tr("… and %n more.", nullptr, more);
    }
    outcome.errors << errors;
    if (!stopped.isEmpty() && !(m_isCancelled && m_isCancelled()))
        outcome.errors << stopped;
}

void ResourceSync::prune(const References &references, const QDateTime &passStart,
                         ResourceOutcome &outcome)
{
    store::ResourceTable table = m_store.resources();
    QStringList gone;
    QSet<QString> goneFiles;
    QSet<QString> keep;
    for (const store::ResourceRecord &record : table.all()) {
        if (references.all.contains(record.url) || references.allFiles.contains(record.file)) {
            if (!record.file.isEmpty())
                keep.insert(record.file);
        } else {
            gone << record.url;
            if (!record.file.isEmpty())
                goneFiles.insert(record.file);
        }
    }
    outcome.pruned = table.remove(gone);

    const QDir dir(m_options.directory);
    const QFileInfoList entries =
        dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        if (keep.contains(name))
            continue;
        // A file nothing knows of and newer than this pass belongs to a sync running next to us.
        if (!goneFiles.contains(name) && entry.lastModified() >= passStart)
            continue;
        QFile::remove(entry.absoluteFilePath());
    }
}

} // namespace integreat::sync
