#include "core/content/htmltext.h"

#include <QHash>
#include <QStringList>
#include <array>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace integreat::content {

namespace {

// clang-format off
// Latin-1 letters and signs, U+00A0 .. U+00FF, in code point order.
constexpr std::array<const char *, 96> kLatin1Names = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",
    "uml",    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",
    "deg",    "plusmn", "sup2",   "sup3",   "acute",  "micro",  "para",   "middot",
    "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil",
    "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave", "Iacute", "Icirc",  "Iuml",
    "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",   "times",
    "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",  "szlig",
    "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",
    "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide",
    "oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml",
};

// Everything else we know by name: markup characters, typography, bidi and joiner marks,
// Latin Extended-A letters of languages common among newcomers (Polish, Czech, Turkish ...).
constexpr std::pair<const char *, char32_t> kOtherNames[] = {
    {"quot", 0x22},     {"amp", 0x26},      {"apos", 0x27},     {"lt", 0x3C},
    {"gt", 0x3E},       {"Aogon", 0x104},   {"aogon", 0x105},   {"Cacute", 0x106},
    {"cacute", 0x107},  {"Ccaron", 0x10C},  {"ccaron", 0x10D},  {"Ecaron", 0x11A},
    {"ecaron", 0x11B},  {"Eogon", 0x118},   {"eogon", 0x119},   {"Gbreve", 0x11E},
    {"gbreve", 0x11F},  {"Idot", 0x130},    {"imath", 0x131},   {"inodot", 0x131},
    {"Lstrok", 0x141},  {"lstrok", 0x142},  {"Nacute", 0x143},  {"nacute", 0x144},
    {"OElig", 0x152},   {"oelig", 0x153},   {"Rcaron", 0x158},  {"rcaron", 0x159},
    {"Sacute", 0x15A},  {"sacute", 0x15B},  {"Scedil", 0x15E},  {"scedil", 0x15F},
    {"Scaron", 0x160},  {"scaron", 0x161},  {"Uring", 0x16E},   {"uring", 0x16F},
    {"Yuml", 0x178},    {"Zacute", 0x179},  {"zacute", 0x17A},  {"Zdot", 0x17B},
    {"zdot", 0x17C},    {"Zcaron", 0x17D},  {"zcaron", 0x17E},  {"fnof", 0x192},
    {"circ", 0x2C6},    {"tilde", 0x2DC},   {"ensp", 0x2002},   {"emsp", 0x2003},
    {"thinsp", 0x2009}, {"ZeroWidthSpace", 0x200B},             {"zwnj", 0x200C},
    {"zwj", 0x200D},    {"lrm", 0x200E},    {"rlm", 0x200F},    {"hyphen", 0x2010},
    {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018},  {"rsquo", 0x2019},
    {"sbquo", 0x201A},  {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"bdquo", 0x201E},
    {"dagger", 0x2020}, {"Dagger", 0x2021}, {"bull", 0x2022},   {"hellip", 0x2026},
    {"permil", 0x2030}, {"prime", 0x2032},  {"Prime", 0x2033},  {"lsaquo", 0x2039},
    {"rsaquo", 0x203A}, {"oline", 0x203E},  {"frasl", 0x2044},  {"euro", 0x20AC},
    {"trade", 0x2122},  {"larr", 0x2190},   {"uarr", 0x2191},   {"rarr", 0x2192},
    {"darr", 0x2193},   {"harr", 0x2194},   {"minus", 0x2212},  {"infin", 0x221E},
    {"asymp", 0x2248},  {"ne", 0x2260},     {"le", 0x2264},     {"ge", 0x2265},
    {"check", 0x2713},  {"half", 0xBD},
};

// How browsers read &#128; .. &#159;: as Windows-1252 (0 = keep the code point).
constexpr std::array<char16_t, 32> kCp1252 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};
// clang-format on

const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> table = [] {
        QHash<QString, char32_t> t;
        for (std::size_t i = 0; i < kLatin1Names.size(); ++i)
            t.insert(QString::fromLatin1(kLatin1Names[i]), char32_t(0xA0 + i));
        for (const auto &[name, cp] : kOtherNames)
            t.insert(QString::fromLatin1(name), cp);
        return t;
    }();
    return table;
}

constexpr qsizetype kMaxEntityLength = 32;

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

/// The character for a numeric reference body ("1582", "x62E"), or nullopt if malformed.
std::optional<char32_t> numericReference(QStringView body)
{
    bool ok = false;
    uint value = 0;
    if (body.size() > 1 && (body.front() == u'x' || body.front() == u'X'))
        value = body.mid(1).toUInt(&ok, 16);
    else
        value = body.toUInt(&ok, 10);
    // toUInt accepts a sign and surrounding blanks; a reference has digits only.
    if (!ok || body.contains(u'+') || body.contains(u'-') || body.contains(u' '))
        return std::nullopt;
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return char32_t(0xFFFD);
    if (value >= 0x80 && value <= 0x9F && kCp1252[value - 0x80] != 0)
        return char32_t(kCp1252[value - 0x80]);
    return char32_t(value);
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (QChar::requiresSurrogates(cp)) {
        out.append(QChar(QChar::highSurrogate(cp)));
        out.append(QChar(QChar::lowSurrogate(cp)));
    } else {
        out.append(QChar(char16_t(cp)));
    }
}

} // namespace

QString decodeEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c != u'&') {
            out.append(c);
            ++i;
            continue;
        }
        // Find the reference's end: '#'? then alphanumerics, then ';'.
        qsizetype j = i + 1;
        const bool numeric = j < n && text.at(j) == u'#';
        if (numeric)
            ++j;
        const qsizetype bodyStart = j;
        while (j < n && j - bodyStart < kMaxEntityLength && isAsciiAlnum(text.at(j)))
            ++j;
        if (j == bodyStart || j >= n || text.at(j) != u';') {
            out.append(c); // a bare '&': keep it and go on after it
            ++i;
            continue;
        }
        const QStringView body = QStringView(text).mid(bodyStart, j - bodyStart);
        std::optional<char32_t> cp;
        if (numeric) {
            cp = numericReference(body);
        } else {
            const auto &table = namedEntities();
            const auto it = table.constFind(body.toString());
            if (it != table.constEnd())
                cp = *it;
        }
        if (!cp) {
            out.append(QStringView(text).mid(i, j + 1 - i)); // unknown: keep as is
        } else {
            appendCodePoint(out, *cp);
        }
        i = j + 1;
    }
    return out;
}

namespace {

/// Tags after which the text continues on a new line.
bool isBlockTag(QStringView name)
{
    static const QStringList blocks = {
        u"p"_s,        u"div"_s,     u"br"_s,      u"h1"_s,         u"h2"_s,         u"h3"_s,
        u"h4"_s,       u"h5"_s,      u"h6"_s,      u"tr"_s,         u"details"_s,    u"summary"_s,
        u"ul"_s,       u"ol"_s,      u"dl"_s,      u"dt"_s,         u"dd"_s,         u"table"_s,
        u"thead"_s,    u"tbody"_s,   u"tfoot"_s,   u"caption"_s,    u"blockquote"_s, u"pre"_s,
        u"hr"_s,       u"section"_s, u"article"_s, u"header"_s,     u"footer"_s,     u"nav"_s,
        u"aside"_s,    u"main"_s,    u"figure"_s,  u"figcaption"_s, u"address"_s,    u"form"_s,
        u"fieldset"_s, u"legend"_s,  u"center"_s,  u"li"_s,
    };
    return blocks.contains(name);
}

bool isRawTextTag(QStringView name)
{
    return name == u"script" || name == u"style" || name == u"template";
}

bool isCollapsibleSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == QChar(0xA0);
}

/// Accumulates plain text line by line with HTML's whitespace rules.
class TextSink
{
public:
    void text(const QString &decoded, bool preformatted)
    {
        for (const QChar c : decoded) {
            if (preformatted && c == u'\n') {
                hardBreak();
            } else if (isCollapsibleSpace(c)) {
                m_pendingSpace = m_lineHasText;
            } else {
                if (m_pendingSpace)
                    m_out.append(u' ');
                m_out.append(c);
                m_pendingSpace = false;
                m_lineHasText = true;
                m_bulletOnly = false;
            }
        }
    }
    /// A block boundary: start a new line unless the current one is still empty.
    void softBreak()
    {
        if (m_lineHasText)
            hardBreak();
    }
    void hardBreak()
    {
        if (m_bulletOnly) // an empty list item: drop its bullet
            m_out.chop(2);
        m_out.append(u'\n');
        m_pendingSpace = m_lineHasText = m_bulletOnly = false;
    }
    void bullet()
    {
        softBreak();
        if (!m_bulletOnly)
            m_out.append(u"• ");
        m_bulletOnly = true;
    }
    /// The end of a list item or list: an item that got no text loses its bullet.
    void endItem()
    {
        if (m_bulletOnly) {
            m_out.chop(2);
            m_bulletOnly = false;
        }
        softBreak();
    }
    void space() { m_pendingSpace = m_lineHasText; }
    QString finish();

private:
    QString m_out;
    bool m_pendingSpace = false;
    bool m_lineHasText = false;
    bool m_bulletOnly = false;
};

QString TextSink::finish()
{
    if (m_bulletOnly)
        m_out.chop(2);
    QStringList lines;
    for (const QStringView rawLine : QStringView(m_out).split(u'\n')) {
        const QStringView line = rawLine.trimmed();
        if (!line.isEmpty())
            lines.append(line.toString());
        else if (!lines.isEmpty() && !lines.constLast().isEmpty()) // one blank line at most
            lines.append(QString());
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

/// Index just past the '>' closing the tag that starts at `from`, honouring quoted values;
/// n when the tag never closes.
qsizetype tagEnd(const QString &html, qsizetype from)
{
    QChar quote;
    QChar lastSignificant;
    for (qsizetype i = from; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if ((c == u'"' || c == u'\'') && lastSignificant == u'=') // only a value opens quotes
            quote = c;
        else if (c == u'>')
            return i + 1;
        if (!c.isSpace())
            lastSignificant = c;
    }
    return html.size();
}

/// Index just past the text `terminator` (searched case-insensitively from `from`), or n.
qsizetype skipPast(const QString &html, qsizetype from, QStringView terminator)
{
    const qsizetype at = html.indexOf(terminator, from, Qt::CaseInsensitive);
    return at < 0 ? html.size() : at + terminator.size();
}

} // namespace

QString htmlToPlainText(const QString &html)
{
    TextSink sink;
    QString run; // raw text since the last tag; decoded when the next tag starts
    int preDepth = 0;
    const qsizetype n = html.size();
    auto flush = [&] {
        if (!run.isEmpty())
            sink.text(decodeEntities(run), preDepth > 0);
        run.clear();
    };
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html.at(i);
        const QChar next = i + 1 < n ? html.at(i + 1) : QChar();
        if (c != u'<' || !(next.isLetter() || next == u'/' || next == u'!' || next == u'?')) {
            run.append(c);
            ++i;
            continue;
        }
        flush();
        if (html.mid(i, 4) == u"<!--") {
            i = skipPast(html, i + 4, u"-->");
            continue;
        }
        if (next == u'!' || next == u'?') { // doctype, CDATA, processing instruction
            i = html.mid(i, 9) == u"<![CDATA[" ? skipPast(html, i + 9, u"]]>") : tagEnd(html, i);
            continue;
        }
        const bool closing = next == u'/';
        qsizetype nameEnd = i + (closing ? 2 : 1);
        while (nameEnd < n && (html.at(nameEnd).isLetterOrNumber() || html.at(nameEnd) == u'-'))
            ++nameEnd;
        const qsizetype nameStart = i + (closing ? 2 : 1);
        const QString name = html.mid(nameStart, nameEnd - nameStart).toLower();
        const qsizetype end = tagEnd(html, nameEnd);
        const bool selfClosing = end - 2 >= nameEnd && html.at(end - 2) == u'/';
        i = end;
        if (name.isEmpty()) // "</ >" and the like
            continue;
        if (!closing && !selfClosing && isRawTextTag(name)) {
            i = skipPast(html, i, QString(u"</"_s + name));
            i = i >= n ? n : tagEnd(html, i);
            continue;
        }
        if (name == u"br") {
            sink.hardBreak();
        } else if (name == u"li" && !closing) {
            sink.bullet();
        } else if (closing && (name == u"li" || name == u"ul" || name == u"ol")) {
            sink.endItem();
        } else if (name == u"td" || name == u"th") {
            sink.space();
        } else if (isBlockTag(name)) {
            sink.softBreak();
            if (name == u"pre" && !selfClosing)
                preDepth = qMax(0, preDepth + (closing ? -1 : 1));
        }
    }
    flush();
    return sink.finish();
}

} // namespace integreat::content
