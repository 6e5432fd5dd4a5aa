#pragma once

#include "conformance.h"
// Helpers for the content pipeline tests (sanitizer, link classifier).

#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>
#include <string>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace integreat::testing {

/// Empty when `html` is well-formed sanitizer output: only allowlisted tags, every one closed
/// in order, attributes double-quoted, no raw '<' or '>' in text, no unknown entities.
QString wellFormedProblem(const QString &html);
/// Empty when nothing dangerous is left: no on* attribute, no script/style/iframe, no href or src
/// with a scheme other than http(s), mailto, tel and integreat-resource.
QString unsafeProblem(const QString &html);
/// The deepest element nesting in well-formed output.
int maxDepth(const QString &html);
/// Hand-written hostile fragments (XSS vectors, broken markup).
QStringList hostileSamples();
/// A random fragment of `tokens` pieces of tags, attributes, text, entities and junk.
QString tagSoup(QRandomGenerator &random, int tokens);

// conformanceCases(file, kind): see tests/support/conformance.h
/// The JSON array in corpus expected-outputs/<file>, or an object as a one-element list.
QList<QJsonObject> corpusItems(const QString &file);
/// Text without any whitespace, for comparing text modulo layout.
QString withoutSpaces(const QString &text);

} // namespace integreat::testing
