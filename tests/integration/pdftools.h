// What the handout tests read from a PDF, with poppler-utils (pdftotext, pdffonts): the text
// with its layout, the fonts and whether each is embedded.
#pragma once

#include "corpus.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <catch2/catch.hpp>

namespace integreat::testing {

using namespace Qt::StringLiterals;

inline bool havePoppler()
{
    if (!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty() &&
        !QStandardPaths::findExecutable(u"pdffonts"_s).isEmpty())
        return true;
    reportSkip(u"pdftotext/pdffonts not found: install poppler-utils"_s);
    return false;
}

inline QString runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The PDF's text with its layout; Arabic presentation forms folded (NFKC) and the direction
/// marks pdftotext adds around right-to-left runs removed.
inline QString pdfText(const QString &file)
{
    QString text = runTool(u"pdftotext"_s, {u"-layout"_s, file, u"-"_s})
                       .normalized(QString::NormalizationForm_KC);
    static const QRegularExpression marks(u"[\u200e\u200f\u202a-\u202e\u2066-\u2069]"_s);
    return text.remove(marks);
}

/// pdffonts' rows as (name, emb); at least the header must be there.
inline QList<std::pair<QString, QString>> pdfFonts(const QString &file)
{
    const QStringList lines = runTool(u"pdffonts"_s, {file}).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 2);
    QList<std::pair<QString, QString>> fonts;
    for (const QString &line : lines.mid(2)) {
        const QStringList fields = line.split(u' ', Qt::SkipEmptyParts);
        REQUIRE(fields.size() >= 6);
        // ... emb sub uni object-id generation: emb is the fifth field from the end.
        fonts.append({fields.constFirst(), fields.at(fields.size() - 5)});
    }
    return fonts;
}

inline void checkFontsEmbedded(const QString &file)
{
    const auto fonts = pdfFonts(file);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const auto &[name, embedded] : fonts) {
        INFO(name.toStdString());
        CHECK(embedded == u"yes"_s);
    }
}

/// The right-hand (Arabic) part of the first line containing `needle`: from its first Arabic
/// letter on (the German column on the left has none).
inline QString arabicPartOfLine(const QString &text, const QString &needle)
{
    for (const QString &line : text.split(u'\n')) {
        if (!line.contains(needle))
            continue;
        static const QRegularExpression arabic(u"[\u0600-\u06ff]"_s);
        const qsizetype start = line.indexOf(arabic);
        return start < 0 ? QString() : line.mid(start);
    }
    return {};
}

/// Each phrase after the one before it (a phrase may occur more than once: the next
/// occurrence counts).
inline void checkInOrder(const QString &text, const QStringList &phrases)
{
    qsizetype last = -1;
    for (const QString &phrase : phrases) {
        INFO(phrase.toStdString());
        const qsizetype at = text.indexOf(phrase, last + 1);
        CHECK(at > last);
        if (at >= 0)
            last = at;
    }
}

} // namespace integreat::testing
