#include "cli/cliconsole.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace integreat::cli {

void out(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void err(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

int fail(const QString &message, int exitCode)
{
    err(u"integreat-cli: "_s + message);
    return exitCode;
}

} // namespace integreat::cli
