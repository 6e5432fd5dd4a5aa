#pragma once

#include "core/content/resourcename.h"
#include "core/store/resourcetable.h"
#include "core/sync/resourcesync.h"
#include "syncfixture.h"

#include <QDir>
#include <QFile>

namespace integreat::testing {

/// The augsburg corpus with our own pages: they link images and a PDF on the test server (the
/// --server host, so allowed) plus references that must never be fetched (another host name
/// for the same server, file:, data:). The engine caches resources in dir/resources.
struct ResourceFixture : SyncFixture
{
    ResourceFixture()
    {
        resourceDir = dir.filePath(QStringLiteral("resources"));
        sync::ResourceOptions options;
        options.directory = resourceDir;
        engine->setResourceOptions(options);
        serveFile(QStringLiteral("a.png"), "PNG-A", "\"a1\"");
        serveFile(QStringLiteral("doc.pdf"), "%PDF-1.4 doc", "\"d1\"");
        serveFile(QStringLiteral("thumb.jpg"), "JPEG-thumb", "\"t1\"");
        serveFile(QStringLiteral("b.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "\"b1\"");
        // Reachable, so a request would show up in the log: it must not come.
        serveFile(QStringLiteral("foreign.png"), "FOREIGN", "\"f1\"");
        servePages(QStringLiteral("augsburg"), QStringLiteral("de"),
                   QJsonArray{firstPage(), secondPage()});
    }

    QString media(const QString &name) const
    {
        return server.url(QStringLiteral("/media/") + name).toString();
    }
    QString foreignMedia(const QString &name) const
    {
        return QStringLiteral("http://localhost:%1/media/%2").arg(server.port()).arg(name);
    }

    void serveFile(const QString &name, const QByteArray &body, const QByteArray &etag,
                   const HeaderList &extra = {})
    {
        HeaderList headers{{"ETag", etag}, {"Last-Modified", "Wed, 21 Oct 2015 07:28:00 GMT"}};
        headers += extra;
        const QString suffix = name.section(QLatin1Char('.'), -1);
        const QByteArray type = suffix == QStringLiteral("pdf")   ? "application/pdf"
                                : suffix == QStringLiteral("svg") ? "image/svg+xml"
                                : suffix == QStringLiteral("jpg") ? "image/jpeg"
                                                                  : "image/png";
        server.setRoute(QStringLiteral("/media/") + name, Response{200, body, headers, type});
    }

    static QJsonObject page(int id, const QString &slug, const QString &html,
                            const QString &thumbnail = {})
    {
        return QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("path"), QStringLiteral("/augsburg/de/%1/").arg(slug)},
            {QStringLiteral("title"), slug},
            {QStringLiteral("content"), html},
            {QStringLiteral("thumbnail"), thumbnail},
            {QStringLiteral("last_updated"), QStringLiteral("2030-01-01T10:00:00+01:00")},
            {QStringLiteral("parent"),
             QJsonObject{{QStringLiteral("id"), 0}, {QStringLiteral("path"), QJsonValue()}}},
            {QStringLiteral("order"), id}};
    }
    QJsonObject firstPage() const
    {
        const QString html =
            QStringLiteral(
                "<p>Hallo <img src=\"%1\" alt=\"a\"> <a "
                "href=\"/media/doc.pdf#page=2\">Merkblatt</a>"
                "<img src=\"%2\"><img src=\"file:///etc/hosts.png\">"
                "<img src=\"data:image/png;base64,iVBORw0KGgo=\"> <a href='%1'>noch einmal</a>"
                "<a href=\"%3\">eine Seite</a></p>")
                .arg(media(QStringLiteral("a.png")), foreignMedia(QStringLiteral("foreign.png")),
                     server.url(QStringLiteral("/augsburg/de/willkommen/")).toString());
        return page(1, QStringLiteral("eins"), html);
    }
    QJsonObject secondPage() const
    {
        return page(2, QStringLiteral("zwei"),
                    QStringLiteral("<img src='%1'>").arg(media(QStringLiteral("b.svg"))),
                    media(QStringLiteral("thumb.jpg")));
    }

    QString fileOf(const QString &url) const
    {
        return QDir(resourceDir).filePath(content::resourceFileName(QUrl(url)));
    }
    QByteArray readFile(const QString &url) const
    {
        QFile file(fileOf(url));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    QStringList partialFiles() const
    {
        return QDir(resourceDir)
            .entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden);
    }
    std::optional<store::ResourceRecord> row(const QString &url) const
    {
        return store->resources().find(QString::fromLatin1(QUrl(url).toEncoded()));
    }
    int mediaRequests(const QString &name = {}) const
    {
        return server.requestCount(QStringLiteral("/media/") + name);
    }
    QList<RecordedRequest> mediaRequestList() const
    {
        QList<RecordedRequest> out;
        for (const RecordedRequest &request : server.requests()) {
            if (request.target.startsWith(QStringLiteral("/media/")))
                out << request;
        }
        return out;
    }
    void setResourceOptions(const std::function<void(sync::ResourceOptions &)> &change)
    {
        sync::ResourceOptions options = engine->resourceOptions();
        change(options);
        engine->setResourceOptions(options);
    }

    QString resourceDir;
};

} // namespace integreat::testing
