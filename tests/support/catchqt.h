#pragma once

// Catch2 prints QString and QStringList values in failed assertions as text.
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>
#include <string>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &list)
    {
        return '[' + list.join(u", ").toStdString() + ']';
    }
};
} // namespace Catch
