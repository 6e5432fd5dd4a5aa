// integreat-cli against the loopback test server with its own data folder, for the print
// tests (test_print_cli, test_print_week_cli).
#pragma once

#include "clirunner.h"
#include "pdftools.h"
#include "syncfixture.h"

namespace integreat::testing {

struct PrintCli
{
    PrintCli() { dataDir = fixture.dir.filePath(u"data"_s); }

    CliResult run(const QStringList &arguments) const
    {
        return runCli(QStringList{u"--server"_s, fixture.server.baseUrl().toString(),
                                  u"--data-dir"_s, dataDir, u"--timeout"_s, u"5"_s, u"--retries"_s,
                                  u"1"_s} +
                      arguments);
    }
    void sync(const QString &languages) const
    {
        const CliResult result = run({u"sync"_s, u"--region"_s, u"augsburg"_s, u"--languages"_s,
                                      languages, u"--no-resources"_s});
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
    }
    QString pdf(const QString &name) const { return fixture.dir.filePath(name); }

    SyncFixture fixture;
    QString dataDir;
};

} // namespace integreat::testing
