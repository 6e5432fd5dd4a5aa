#pragma once

#include "clifixture.h"
#include "core/store/store.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace integreat::testing {

/// A data folder A synced from the test server (augsburg, de + ar), a second, empty data
/// folder B, and a folder for pack files.
struct PackFixture : CliFixture
{
    PackFixture()
    {
        // One picture on the test server (the --server host, so it is cached) in the first page.
        QFile file(corpusDir() + QStringLiteral("/expected-outputs/augsburg_de_pages.json"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QJsonArray pages = QJsonDocument::fromJson(file.readAll()).array();
        QJsonObject first = pages.at(0).toObject();
        const QString image = server.url(QStringLiteral("/media/pack.png")).toString();
        first[QStringLiteral("content")] =
            QString(first.value(QStringLiteral("content")).toString() +
                    QStringLiteral("<p><img src=\"%1\"></p>").arg(image));
        pages[0] = first;
        server.setRoute(QStringLiteral("/api/v3/augsburg/de/pages/"),
                        Response{200, QJsonDocument(pages).toJson(QJsonDocument::Compact), {}, {}});
        server.setRoute(QStringLiteral("/media/pack.png"),
                        Response{200, QByteArray("PNG-PACK"), {{"ETag", "\"p1\""}}, "image/png"});
        const CliResult sync =
            run({QStringLiteral("sync"), QStringLiteral("--region"), QStringLiteral("augsburg"),
                 QStringLiteral("--languages"), QStringLiteral("de,ar")});
        INFO(sync.err.toStdString());
        REQUIRE(sync.exitCode == 0);
    }

    QStringList globalB() const
    {
        return {QStringLiteral("--server"),   serverUrl,
                QStringLiteral("--data-dir"), dirB.path(),
                QStringLiteral("--timeout"),  QStringLiteral("5"),
                QStringLiteral("--retries"),  QStringLiteral("1")};
    }
    CliResult runB(const QStringList &arguments) const { return runCli(globalB() + arguments); }

    /// pack export from A into the packs folder; the file's path.
    QString exportPack(const QString &name = QStringLiteral("augsburg.integreat-pack")) const
    {
        const QString file = packs.filePath(name);
        const CliResult result =
            run({QStringLiteral("pack"), QStringLiteral("export"), QStringLiteral("--region"),
                 QStringLiteral("augsburg"), file});
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        return file;
    }

    /// status --json without the parts that name the folder or measure the file, and without
    /// the count of images that failed to download (the corpus points at the real CMS, which
    /// the tests cannot reach: A tried them, B after an import did not).
    static QJsonObject comparableStatus(const CliResult &status)
    {
        REQUIRE(status.exitCode == 0);
        QJsonObject root = QJsonDocument::fromJson(status.out.toUtf8()).object();
        root.remove(QStringLiteral("store_bytes"));
        root.remove(QStringLiteral("store_path"));
        QJsonObject resources = root.value(QStringLiteral("resources")).toObject();
        resources.remove(QStringLiteral("path"));
        resources.remove(QStringLiteral("failed"));
        root.insert(QStringLiteral("resources"), resources);
        return root;
    }

    /// Every stored page, event, place and news item of (augsburg, `language`) in folder `dir`,
    /// and the language's last sync: what a damaged pack must leave alone.
    static QString snapshot(const QString &dir, const QString &language)
    {
        store::Store store(QDir(dir).filePath(QStringLiteral("integreat.sqlite")));
        const QString region = QStringLiteral("augsburg");
        QString text = store.lastSync({region, language}).toString(Qt::ISODateWithMs) + u'\n';
        for (const model::Page &page : store.pages(region, language))
            text += page.path + u'|' + page.title + u'|' + page.content + u'\n';
        for (const model::Event &event : store.events(region, language))
            text += event.path + u'|' + event.title + u'\n';
        for (const model::Place &place : store.places(region, language))
            text += place.path + u'|' + place.title + u'\n';
        for (const model::NewsItem &item : store.news(region, language))
            text += item.id + u'|' + item.title + u'\n';
        return text;
    }

    QTemporaryDir dirB;
    QTemporaryDir packs;
};

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace integreat::testing
