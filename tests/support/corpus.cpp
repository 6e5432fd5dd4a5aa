#include "corpus.h"

#include <QDir>
#include <QFileInfo>
#include <cstdio>

namespace integreat::testing {

namespace {
QString existingDir(const char *envName, const char *fallback, const char *marker)
{
    QString dir = qEnvironmentVariable(envName);
    if (dir.isEmpty())
        dir = QString::fromUtf8(fallback);
    if (QFileInfo::exists(QDir(dir).filePath(QString::fromUtf8(marker))))
        return QDir(dir).absolutePath();
    return {};
}
} // namespace

QString corpusDir()
{
    return existingDir("INTEGREAT_API_CORPUS", INTEGREAT_DEFAULT_CORPUS, "manifest.tsv");
}

QString conformanceDir()
{
    return existingDir("INTEGREAT_CONFORMANCE", INTEGREAT_DEFAULT_CONFORMANCE, "official-app");
}

void reportSkip(const QString &why)
{
    std::fprintf(stderr, "SKIPPED: %s\n", why.toUtf8().constData());
    std::fflush(stderr);
}

} // namespace integreat::testing
