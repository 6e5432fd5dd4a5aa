#pragma once

#include "clirunner.h"
#include "corpus.h"
#include "testserver.h"

#include <QTemporaryDir>

namespace integreat::testing {

/// A loopback server with the corpus and an empty data folder for integreat-cli.
struct CliFixture
{
    CliFixture()
    {
        server.loadCorpus(corpusDir());
        server.start();
        serverUrl = server.baseUrl().toString();
    }

    // Still names the server after it has been stopped (the offline checks).
    QStringList global() const
    {
        return {QStringLiteral("--server"),   serverUrl,
                QStringLiteral("--data-dir"), dir.path(),
                QStringLiteral("--timeout"),  QStringLiteral("5"),
                QStringLiteral("--retries"),  QStringLiteral("1")};
    }

    CliResult run(const QStringList &arguments) const { return runCli(global() + arguments); }

    QString storePath() const { return dir.filePath(QStringLiteral("integreat.sqlite")); }

    QTemporaryDir dir;
    TestServer server;
    QString serverUrl;
};

} // namespace integreat::testing
