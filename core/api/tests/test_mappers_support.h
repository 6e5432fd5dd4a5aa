#pragma once

#include <QDateTime>
#include <QJsonDocument>
#include <QMap>
#include <QString>
#include <catch2/catch.hpp>
#include <string>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime &dt)
    {
        return dt.isValid() ? dt.toString(Qt::ISODateWithMs).toStdString() : "(invalid)";
    }
};
} // namespace Catch

namespace integreat::testing {

/// Parses `<corpus>/expected-outputs/<relativePath>`; fails the test if unreadable or not JSON.
QJsonDocument corpusJson(const QString &relativePath);

/// Parses JSON written in the test; fails the test if it is malformed.
QJsonDocument jsonDoc(const char *utf8);

/// manifest.tsv: expected-output file (relative to expected-outputs/) -> HTTP status.
QMap<QString, int> corpusStatuses();

} // namespace integreat::testing
