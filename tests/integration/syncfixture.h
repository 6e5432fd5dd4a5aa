#pragma once

#include "core/api/httpclient.h"
#include "core/store/store.h"
#include "core/sync/syncengine.h"
#include "corpus.h"
#include "testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <memory>

namespace integreat::testing {

/// Fast network settings for tests: short timeout, tiny backoff, three attempts.
inline api::HttpOptions fastHttpOptions()
{
    api::HttpOptions options;
    options.transferTimeoutMs = 1500;
    options.retry.maxAttempts = 3;
    options.retry.baseDelay = std::chrono::milliseconds(10);
    options.retry.maxDelay = std::chrono::milliseconds(40);
    return options;
}

/// A loopback server with the corpus, an empty store in a temporary folder and a sync engine.
struct SyncFixture
{
    explicit SyncFixture(api::HttpOptions options = fastHttpOptions())
    {
        server.loadCorpus(corpusDir());
        server.start();
        store = std::make_unique<store::Store>(dir.filePath(QStringLiteral("store.sqlite")));
        http = std::make_unique<api::HttpClient>(options);
        engine = std::make_unique<sync::SyncEngine>(*store, *http, server.baseUrl());
    }

    sync::SyncReport sync(const QStringList &languages,
                          const QString &region = QStringLiteral("augsburg"))
    {
        http->reset();
        return engine->run(region, languages);
    }

    static QByteArray corpusFile(const QString &name)
    {
        QFile file(corpusDir() + QStringLiteral("/expected-outputs/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

    static QJsonArray corpusArray(const QString &name)
    {
        return QJsonDocument::fromJson(corpusFile(name)).array();
    }

    void servePages(const QString &region, const QString &language, const QJsonArray &pages)
    {
        server.setRoute(QStringLiteral("/api/v3/%1/%2/pages/").arg(region, language),
                        Response{200, QJsonDocument(pages).toJson(QJsonDocument::Compact), {}, {}});
    }

    QTemporaryDir dir;
    TestServer server;
    std::unique_ptr<store::Store> store;
    std::unique_ptr<api::HttpClient> http;
    std::unique_ptr<sync::SyncEngine> engine;
};

inline const sync::LanguageOutcome *outcomeFor(const sync::SyncReport &report, const QString &code)
{
    for (const auto &outcome : report.languages) {
        if (outcome.code == code)
            return &outcome;
    }
    return nullptr;
}

} // namespace integreat::testing
