#include "core/content/bidi.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace integreat::content::bidi {

namespace {

constexpr char16_t RightToLeftIsolate = 0x2067;
constexpr char16_t PopDirectionalFormatting = 0x202C;

bool opensIsolate(char16_t c)
{
    return c == LeftToRightIsolate.unicode() || c == RightToLeftIsolate ||
           c == FirstStrongIsolate.unicode();
}

/// LRE, RLE, LRO, RLO (U+202A, U+202B, U+202D, U+202E): text inside is left alone too.
bool opensEmbedding(char16_t c)
{
    return c == 0x202A || c == 0x202B || c == 0x202D || c == 0x202E;
}

bool isDigitAt(QStringView text, qsizetype i)
{
    return i >= 0 && i < text.size() && text.at(i).isDigit();
}

bool isSpaceAt(QStringView text, qsizetype i)
{
    if (i < 0 || i >= text.size())
        return false;
    const char16_t c = text.at(i).unicode();
    return c == u' ' || c == 0x00A0 || c == 0x2009 || c == 0x202F;
}

/// Hyphen, the Unicode dashes (hyphen ... em dash) and the minus sign.
bool isDash(char16_t c)
{
    return c == u'-' || (c >= 0x2010 && c <= 0x2014) || c == 0x2212;
}

/// A separator that joins digit groups without spaces: 08:00, 07.12.2026, 324-0, 0821/324.
bool isTightSeparatorAt(QStringView text, qsizetype i)
{
    if (i < 0 || i >= text.size())
        return false;
    const char16_t c = text.at(i).unicode();
    return c == u'.' || c == u':' || c == u'/' || isDash(c);
}

/// A letter of a left-to-right script (Latin, Cyrillic ...): a number glued to one belongs to
/// that word ("A4", "COVID-19") and is not touched.
bool isLatinLetterAt(QStringView text, qsizetype i)
{
    return i >= 0 && i < text.size() && text.at(i).isLetter() &&
           text.at(i).direction() == QChar::DirL;
}

bool isSignAt(QStringView text, qsizetype i)
{
    return i >= 0 && i < text.size() && text.at(i).direction() == QChar::DirET;
}

bool isIbanCharAt(QStringView text, qsizetype i)
{
    if (i < 0 || i >= text.size())
        return false;
    const char16_t c = text.at(i).unicode();
    return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

struct Run
{
    qsizetype start = 0;
    qsizetype end = 0; ///< exclusive; > start when a run was read
    bool wrap = false;
};

/// "DE89 3704 0044 0532 0130 00": two capital letters, two digits, groups after single spaces.
Run ibanAt(QStringView text, qsizetype i)
{
    Run run{i, i, false};
    const auto upper = [&](qsizetype k) {
        return k < text.size() && text.at(k) >= u'A' && text.at(k) <= u'Z';
    };
    if (!upper(i) || !upper(i + 1) || !isDigitAt(text, i + 2) || !isDigitAt(text, i + 3) ||
        (i > 0 && text.at(i - 1).isLetterOrNumber()))
        return run;
    qsizetype pos = i + 4;
    while (isIbanCharAt(text, pos))
        ++pos;
    int groups = 1;
    while (isSpaceAt(text, pos) && isIbanCharAt(text, pos + 1)) {
        pos += 1;
        while (isIbanCharAt(text, pos))
            ++pos;
        ++groups;
    }
    if (pos < text.size() && text.at(pos).isLetterOrNumber())
        return run;
    run.end = pos;
    run.wrap = groups >= 2 || pos - i >= 15; // an IBAN has at least 15 characters
    return run;
}

/// The number run that starts at `i` (a digit, or '+' before a digit).
Run numberAt(QStringView text, qsizetype i)
{
    Run run{i, i, false};
    const bool plus = text.at(i) == u'+';
    qsizetype pos = plus ? i + 1 : i;
    if (!isDigitAt(text, pos))
        return run;
    int groups = 1;
    while (isDigitAt(text, pos))
        ++pos;
    for (;;) {
        qsizetype next = -1;
        if (isTightSeparatorAt(text, pos) && isDigitAt(text, pos + 1))
            next = pos + 1; // 08:00, 324-0
        else if (isSpaceAt(text, pos) && isDigitAt(text, pos + 1))
            next = pos + 1; // +49 821
        else if (isSpaceAt(text, pos) && pos + 1 < text.size() &&
                 (isDash(text.at(pos + 1).unicode()) || text.at(pos + 1) == u'/') &&
                 isSpaceAt(text, pos + 2) && isDigitAt(text, pos + 3))
            next = pos + 3; // 08:00 – 12:00
        if (next < 0)
            break;
        pos = next;
        while (isDigitAt(text, pos))
            ++pos;
        ++groups;
    }
    run.end = pos;
    if (isLatinLetterAt(text, i - 1) || isLatinLetterAt(text, pos))
        return run;                 // part of a word
    while (isSignAt(text, run.end)) // 2,5 %, 10€: the sign stays beside its number
        ++run.end;
    while (isSignAt(text, run.start - 1))
        --run.start;
    run.wrap = plus || groups >= 2;
    return run;
}

} // namespace

QString isolateNumbers(const QString &text)
{
    QString out;
    qsizetype copied = 0;
    int depth = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const char16_t c = text.at(i).unicode();
        if (opensIsolate(c) || opensEmbedding(c)) {
            ++depth;
            ++i;
            continue;
        }
        if (c == PopDirectionalIsolate.unicode() || c == PopDirectionalFormatting) {
            depth = std::max(0, depth - 1);
            ++i;
            continue;
        }
        Run run{i, i, false};
        if (depth == 0 && (text.at(i).isDigit() || (c == u'+' && isDigitAt(text, i + 1)))) {
            run = numberAt(text, i);
        } else if (depth == 0 && c >= u'A' && c <= u'Z') {
            run = ibanAt(text, i);
        }
        if (run.wrap && run.start >= copied) {
            if (out.isEmpty())
                out.reserve(n + 16);
            out.append(QStringView(text).mid(copied, run.start - copied));
            out.append(LeftToRightIsolate);
            out.append(QStringView(text).mid(run.start, run.end - run.start));
            out.append(PopDirectionalIsolate);
            copied = run.end;
        }
        i = std::max(run.end, i + 1);
    }
    if (copied == 0)
        return text;
    out.append(QStringView(text).mid(copied));
    return out;
}

bool isWhollyIsolated(QStringView text)
{
    if (text.size() < 2 || !opensIsolate(text.front().unicode()))
        return false;
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (opensIsolate(c))
            ++depth;
        else if (c == PopDirectionalIsolate.unicode() && --depth == 0)
            return i == text.size() - 1;
    }
    return false;
}

QString isolated(const QString &text, QChar opener)
{
    if (text.isEmpty() || isWhollyIsolated(text))
        return text;
    return opener + text + PopDirectionalIsolate;
}

bool isRightToLeftLanguage(const QString &code)
{
    static const QStringList rtl{u"ar"_s, u"fa"_s, u"pes"_s, u"prs"_s, u"ckb"_s, u"ps"_s, u"ur"_s};
    const QString primary = code.section(u'-', 0, 0).toLower();
    return rtl.contains(primary);
}

bool isRightToLeftLanguage(const model::Region &region, const QString &code)
{
    for (const model::Language &listed : region.languages) {
        if (listed.code == code)
            return listed.rightToLeft;
    }
    return isRightToLeftLanguage(code);
}

} // namespace integreat::content::bidi
