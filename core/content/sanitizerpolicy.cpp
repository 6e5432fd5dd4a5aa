#include "core/content/sanitizerpolicy.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace integreat::content::policy {

namespace {

const QHash<QString, ElementRule> &rules()
{
    static const QHash<QString, ElementRule> table = [] {
        QHash<QString, ElementRule> t;
        for (const char *name :
             {"p",     "br",     "h1",         "h2",  "h3",         "h4",     "h5",   "h6",
              "ul",    "ol",     "li",         "a",   "b",          "strong", "i",    "em",
              "u",     "s",      "sub",        "sup", "blockquote", "pre",    "code", "hr",
              "table", "thead",  "tbody",      "tr",  "th",         "td",     "div",  "span",
              "img",   "figure", "figcaption", "dl",  "dt",         "dd"})
            t.insert(QString::fromLatin1(name), {Action::Keep, QString::fromLatin1(name)});
        // Kept under the name of the closest allowlisted element, so blocks stay blocks.
        const std::pair<const char *, const char *> renames[] = {
            {"summary", "h3"},   {"tfoot", "tbody"},   {"strike", "s"},    {"del", "s"},
            {"ins", "u"},        {"tt", "code"},       {"kbd", "code"},    {"samp", "code"},
            {"var", "i"},        {"cite", "i"},        {"dfn", "i"},       {"xmp", "pre"},
            {"listing", "pre"},  {"plaintext", "pre"}, {"center", "div"},  {"section", "div"},
            {"article", "div"},  {"header", "div"},    {"footer", "div"},  {"main", "div"},
            {"nav", "div"},      {"aside", "div"},     {"address", "div"}, {"hgroup", "div"},
            {"fieldset", "div"}, {"legend", "div"},    {"search", "div"},  {"dir", "ul"},
            {"menu", "ul"},      {"image", "img"}};
        for (const auto &[from, to] : renames)
            t.insert(QString::fromLatin1(from), {Action::Keep, QString::fromLatin1(to)});
        for (const char *name :
             {"script",   "style",    "template", "object",  "embed",  "form",     "input",
              "button",   "select",   "textarea", "svg",     "math",   "noscript", "head",
              "title",    "meta",     "link",     "base",    "iframe", "frame",    "frameset",
              "noframes", "noembed",  "applet",   "video",   "audio",  "canvas",   "dialog",
              "datalist", "colgroup", "col",      "area",    "param",  "source",   "track",
              "wbr",      "keygen",   "basefont", "bgsound", "option", "optgroup"})
            t.insert(QString::fromLatin1(name), {Action::Drop, QString::fromLatin1(name)});
        return t;
    }();
    return table;
}

bool isOneOf(QStringView name, std::initializer_list<QStringView> names)
{
    for (const QStringView n : names) {
        if (name == n)
            return true;
    }
    return false;
}

/// A CSS declaration list split into (lower-case property, trimmed value without !important).
QList<std::pair<QString, QString>> declarations(const QString &style)
{
    QList<std::pair<QString, QString>> result;
    for (const QStringView part : QStringView(style).split(u';')) {
        const qsizetype colon = part.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString property = part.left(colon).trimmed().toString().toLower();
        QString value = part.mid(colon + 1).toString().simplified();
        static const QRegularExpression important(u"\\s*!\\s*important$"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
        value.remove(important);
        result.append({property, value});
    }
    return result;
}

bool isPlainColour(const QString &value)
{
    static const QRegularExpression colour(
        u"^(#([0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})|[a-z]{3,20}|"
        "(rgb|rgba|hsl|hsla)\\([0-9.,%/ +-]{1,60}\\))$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return colour.match(value).hasMatch();
}

bool isAllowedDeclaration(const QString &property, const QString &value)
{
    const QString v = value.toLower();
    if (property == u"text-align")
        return isOneOf(v, {u"left", u"right", u"center", u"justify", u"start", u"end"});
    if (property == u"font-weight") {
        static const QRegularExpression weight(u"^(normal|bold|bolder|lighter|[1-9]00)$"_s);
        return weight.match(v).hasMatch();
    }
    if (property == u"font-style")
        return isOneOf(v, {u"normal", u"italic", u"oblique"});
    if (property == u"text-decoration" || property == u"text-decoration-line") {
        static const QRegularExpression decoration(
            u"^(none|underline|line-through|overline)( (underline|line-through|overline)){0,2}$"_s);
        return decoration.match(v).hasMatch();
    }
    if (property == u"color" || property == u"background-color")
        return isPlainColour(v);
    return false;
}

} // namespace

QString cleanText(const QString &value, qsizetype maxLength)
{
    QString out;
    out.reserve(value.size());
    bool space = false;
    for (const QChar c : value) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7F) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out.append(u' ');
        space = false;
        out.append(c);
        if (out.size() >= maxLength)
            break;
    }
    if (space && !out.isEmpty() && out.size() < maxLength)
        out.append(u' '); // "Address: " before a link stays readable
    return out;
}

ElementRule elementRule(const QString &name)
{
    return rules().value(name, ElementRule{Action::Unwrap, name});
}

bool isVoidElement(QStringView name)
{
    return isOneOf(name, {u"br", u"hr", u"img", u"image", u"embed", u"input", u"meta", u"link",
                          u"base", u"area", u"col", u"param", u"source", u"track", u"wbr",
                          u"keygen", u"frame", u"basefont", u"bgsound"});
}

bool closesParagraph(QStringView name)
{
    static const QSet<QString> names{
        u"address"_s, u"article"_s, u"aside"_s,   u"blockquote"_s, u"center"_s,   u"details"_s,
        u"dialog"_s,  u"dir"_s,     u"div"_s,     u"dl"_s,         u"fieldset"_s, u"figcaption"_s,
        u"figure"_s,  u"footer"_s,  u"form"_s,    u"h1"_s,         u"h2"_s,       u"h3"_s,
        u"h4"_s,      u"h5"_s,      u"h6"_s,      u"header"_s,     u"hgroup"_s,   u"hr"_s,
        u"main"_s,    u"menu"_s,    u"nav"_s,     u"ol"_s,         u"p"_s,        u"pre"_s,
        u"section"_s, u"summary"_s, u"table"_s,   u"ul"_s,         u"li"_s,       u"dd"_s,
        u"dt"_s,      u"xmp"_s,     u"listing"_s, u"plaintext"_s,  u"search"_s};
    return names.contains(name.toString());
}

bool isHeading(QStringView name)
{
    return name.size() == 2 && name.at(0) == u'h' && name.at(1) >= u'1' && name.at(1) <= u'6';
}

bool stopsListItemSearch(QStringView name)
{
    return !isOneOf(name, {u"div", u"p", u"a", u"b", u"strong", u"i", u"em", u"u", u"s", u"sub",
                           u"sup", u"code", u"span", u"li", u"dd", u"dt"});
}

QString attribute(const Attributes &attributes, QStringView name)
{
    for (const auto &[key, value] : attributes) {
        if (key == name)
            return value;
    }
    return {};
}

bool isHidden(const Attributes &attributes)
{
    for (const auto &[key, value] : attributes) {
        if (key == u"hidden")
            return true;
        if (key != u"style")
            continue;
        for (const auto &[property, v] : declarations(value)) {
            const QString compact = v.toLower().remove(u' ');
            if ((property == u"display" && compact == u"none") ||
                (property == u"visibility" && (compact == u"hidden" || compact == u"collapse")))
                return true;
        }
    }
    return false;
}

QString filterStyle(const QString &style)
{
    QString compact = style.toLower();
    compact.remove(u' ').remove(u'\t').remove(u'\n').remove(u'\r').remove(u'\f');
    for (const QStringView bad : {u"url(", u"expression", u"@import", u"javascript:", u"\\", u"/*",
                                  u"behavior", u"binding", u"<", u">"}) {
        if (compact.contains(bad))
            return {};
    }
    QStringList kept;
    for (const auto &[property, value] : declarations(style)) {
        if (isAllowedDeclaration(property, value))
            kept.append(property + u':' + value);
    }
    return kept.join(u';');
}

Attributes filterAttributes(QStringView element, const Attributes &attributes)
{
    static const QRegularExpression lang(u"^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$"_s);
    static const QRegularExpression classToken(u"^[A-Za-z0-9_-]{1,64}$"_s);
    static const QRegularExpression width(u"^([0-9]{1,5})(px)?$|^[0-9]{1,3}%$"_s);
    static const QRegularExpression span(u"^[0-9]{1,4}$"_s);
    const bool image = element == u"img";
    const bool cell = element == u"td" || element == u"th";
    Attributes out;
    for (const auto &[key, raw] : attributes) {
        QString value;
        if (key == u"dir") {
            value = raw.trimmed().toLower();
            if (!isOneOf(value, {u"ltr", u"rtl", u"auto"}))
                continue;
        } else if (key == u"lang") {
            value = raw.trimmed();
            if (!lang.match(value).hasMatch())
                continue;
        } else if (key == u"title" || (image && key == u"alt")) {
            value = cleanText(raw, 1000);
            if (key == u"title")
                value = value.trimmed();
            if (value.isEmpty() && key == u"title")
                continue;
        } else if (key == u"class") {
            QStringList tokens;
            for (const QString &token : raw.simplified().split(u' ', Qt::SkipEmptyParts)) {
                if (classToken.match(token).hasMatch() && !tokens.contains(token))
                    tokens.append(token);
            }
            value = tokens.join(u' ');
            if (value.isEmpty())
                continue;
        } else if (key == u"style") {
            value = filterStyle(raw);
            if (value.isEmpty())
                continue;
        } else if (image && key == u"width") {
            const QRegularExpressionMatch m = width.match(raw.trimmed());
            if (!m.hasMatch())
                continue;
            value = m.captured(1).isEmpty() ? raw.trimmed() : m.captured(1);
        } else if (cell && (key == u"colspan" || key == u"rowspan")) {
            if (!span.match(raw.trimmed()).hasMatch())
                continue;
            value = QString::number(qBound(1, raw.trimmed().toInt(), 1000));
        } else {
            continue; // on*, href/src (the caller's), height, target, rel, data-*, aria-* ...
        }
        out.append({key, value});
    }
    return out;
}

QUrl resolveUrl(const QString &value, const QUrl &base)
{
    QString s;
    s.reserve(value.size());
    for (const QChar c : value) {
        if (c != u'\t' && c != u'\n' && c != u'\r')
            s.append(c);
    }
    qsizetype from = 0;
    qsizetype to = s.size();
    while (from < to && s.at(from).unicode() <= 0x20)
        ++from;
    while (to > from && s.at(to - 1).unicode() <= 0x20)
        --to;
    if (from == to)
        return {};
    QUrl url(s.mid(from, to - from), QUrl::TolerantMode);
    if (!url.isValid())
        return {};
    if (url.isRelative())
        url = base.resolved(url);
    return url.isValid() ? url : QUrl();
}

void appendEscaped(QString &out, QStringView text, bool inAttribute)
{
    // Runs of characters that need no escaping are appended in one piece (most text).
    const qsizetype n = text.size();
    qsizetype runStart = 0;
    auto flush = [&](qsizetype end) {
        if (end > runStart)
            out.append(text.mid(runStart, end - runStart));
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        const bool plain = (c >= 0x20 && c != 0x7F && c != u'&' && c != u'<' && c != u'>' &&
                            (c != u'"' || !inAttribute)) ||
                           c == u'\t' || c == u'\n';
        if (plain)
            continue;
        flush(i);
        runStart = i + 1;
        switch (c) {
        case u'&':
            out.append(u"&amp;");
            break;
        case u'<':
            out.append(u"&lt;");
            break;
        case u'>':
            out.append(u"&gt;");
            break;
        case u'"':
            out.append(u"&quot;");
            break;
        case u'\r':
            if (i + 1 >= n || text.at(i + 1) != u'\n')
                out.append(u'\n');
            break;
        case 0x0C:
            out.append(u' ');
            break;
        default:
            break; // other control characters are dropped
        }
    }
    flush(n);
}

} // namespace integreat::content::policy
