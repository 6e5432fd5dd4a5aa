#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace integreat::testing {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs integreat-cli with `arguments` (and `input` on its standard input, which is then not a
/// terminal) and waits for it (the test server answers from its own thread meanwhile).
inline CliResult runCli(const QStringList &arguments,
                        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                        const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(INTEGREAT_CLI), arguments);
    process.write(input);
    process.closeWriteChannel();
    CliResult result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("integreat-cli did not finish");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace integreat::testing
