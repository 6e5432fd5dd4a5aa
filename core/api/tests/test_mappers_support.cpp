#include "test_mappers_support.h"

#include "corpus.h"

#include <QDir>
#include <QFile>
#include <QJsonParseError>
#include <QStringList>
#include <catch2/catch.hpp>

namespace integreat::testing {

QJsonDocument corpusJson(const QString &relativePath)
{
    QFile file(QDir(corpusDir()).filePath(QStringLiteral("expected-outputs/") + relativePath));
    INFO(relativePath.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

QJsonDocument jsonDoc(const char *utf8)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(utf8), &error);
    INFO(error.errorString().toStdString() << " in " << utf8);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

QMap<QString, int> corpusStatuses()
{
    QMap<QString, int> statuses;
    QFile file(QDir(corpusDir()).filePath(QStringLiteral("manifest.tsv")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QStringList columns = line.split(QLatin1Char('\t'));
        if (columns.size() < 3 || !columns[2].startsWith(QLatin1String("status=")))
            continue;
        const int status = columns[2].mid(7).section(QLatin1Char(';'), 0, 0).toInt();
        statuses.insert(columns[1], status);
    }
    return statuses;
}

} // namespace integreat::testing
