#pragma once

#include "corpus.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <catch2/catch.hpp>

namespace integreat::testing {

/// The official app's conformance cases of `kind` in official-app/<file> (every case but the
/// "assumptions" notes when `kind` is empty). Empty, with a SKIPPED line, when the vectors are
/// absent; a present file without such cases fails the test.
inline QList<QJsonObject> conformanceCases(const QString &file, const QString &kind = {})
{
    QList<QJsonObject> found;
    const QString dir = conformanceDir();
    if (dir.isEmpty()) {
        reportSkip(
            QStringLiteral("the conformance vectors were not found; set INTEGREAT_CONFORMANCE"));
        return found;
    }
    QFile in(QDir(dir).filePath(QStringLiteral("official-app/") + file));
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QJsonArray all = QJsonDocument::fromJson(in.readAll()).array();
    for (const QJsonValue &value : all) {
        const QString k = value.toObject().value(QLatin1String("kind")).toString();
        if (k != QLatin1String("assumptions") && (kind.isEmpty() || k == kind))
            found.append(value.toObject());
    }
    REQUIRE_FALSE(found.isEmpty());
    return found;
}

} // namespace integreat::testing
