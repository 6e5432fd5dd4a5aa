#include "test_content_support.h"

#include "conformance.h"
#include "corpus.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace integreat::testing {

namespace {

const QSet<QString> &allowedTags()
{
    static const QSet<QString> tags{
        u"p"_s,   u"br"_s,   u"h1"_s,  u"h2"_s,    u"h3"_s,    u"h4"_s,     u"h5"_s,
        u"h6"_s,  u"ul"_s,   u"ol"_s,  u"li"_s,    u"a"_s,     u"b"_s,      u"strong"_s,
        u"i"_s,   u"em"_s,   u"u"_s,   u"s"_s,     u"sub"_s,   u"sup"_s,    u"blockquote"_s,
        u"pre"_s, u"code"_s, u"hr"_s,  u"table"_s, u"thead"_s, u"tbody"_s,  u"tr"_s,
        u"th"_s,  u"td"_s,   u"div"_s, u"span"_s,  u"img"_s,   u"figure"_s, u"figcaption"_s,
        u"dl"_s,  u"dt"_s,   u"dd"_s};
    return tags;
}

const QRegularExpression &tagPattern()
{
    static const QRegularExpression tag(u"<(/?)([a-z0-9]+)((?: [a-z-]+=\"[^\"<>]*\")*)>"_s);
    return tag;
}

bool isVoid(const QString &name)
{
    return name == u"br" || name == u"hr" || name == u"img";
}

} // namespace

QString wellFormedProblem(const QString &html)
{
    QStringList stack;
    qsizetype pos = 0;
    auto textProblem = [&](qsizetype from, qsizetype to) -> QString {
        const QStringView text = QStringView(html).mid(from, to - from);
        if (text.contains(u'<') || text.contains(u'>'))
            return u"raw < or > in text at "_s + QString::number(from);
        static const QRegularExpression entity(u"&(?!(amp|lt|gt|quot);)"_s);
        if (entity.match(text).hasMatch())
            return u"bare or unknown entity at "_s + QString::number(from);
        return {};
    };
    for (auto it = tagPattern().globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (QString p = textProblem(pos, m.capturedStart()); !p.isEmpty())
            return p;
        pos = m.capturedEnd();
        const QString name = m.captured(2);
        if (!allowedTags().contains(name))
            return u"tag not allowed: "_s + name;
        if (m.captured(1).isEmpty()) {
            if (!isVoid(name))
                stack.append(name);
        } else if (stack.isEmpty() || stack.takeLast() != name) {
            return u"misnested </"_s + name + u'>';
        }
    }
    if (QString p = textProblem(pos, html.size()); !p.isEmpty())
        return p;
    return stack.isEmpty() ? QString() : u"unclosed <"_s + stack.constLast() + u'>';
}

QString unsafeProblem(const QString &html)
{
    static const QRegularExpression attr(u" ([a-z-]+)=\"([^\"]*)\""_s);
    for (auto it = tagPattern().globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch tag = it.next();
        for (auto a = attr.globalMatch(tag.captured(3)); a.hasNext();) {
            const QRegularExpressionMatch m = a.next();
            const QString name = m.captured(1);
            const QString value = m.captured(2).toLower();
            if (name.startsWith(u"on"_s))
                return u"event handler "_s + name;
            if (name == u"style" && (value.contains(u"url("_s) || value.contains(u"expression"_s)))
                return u"dangerous style "_s + value;
            if ((name == u"href" || name == u"src") &&
                !(value.startsWith(u"http://"_s) || value.startsWith(u"https://"_s) ||
                  value.startsWith(u"mailto:"_s) || value.startsWith(u"tel:"_s) ||
                  value.startsWith(u"integreat-resource:"_s)))
                return u"bad URL "_s + value;
            if (name != u"href" && name != u"src" && name != u"alt" && name != u"width" &&
                name != u"colspan" && name != u"rowspan" && name != u"dir" && name != u"lang" &&
                name != u"title" && name != u"class" && name != u"style")
                return u"attribute not allowed: "_s + name;
        }
    }
    return {};
}

int maxDepth(const QString &html)
{
    int depth = 0;
    int deepest = 0;
    for (auto it = tagPattern().globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (isVoid(m.captured(2)))
            continue;
        depth += m.captured(1).isEmpty() ? 1 : -1;
        deepest = qMax(deepest, depth);
    }
    return deepest;
}

QStringList hostileSamples()
{
    return {
        u"<img src=x onerror=alert(1)>"_s,
        u"<a href=\"JaVaScRiPt:alert(1)\">x</a>"_s,
        u"<a href=\"&#106;avascript:alert(1)\">x</a>"_s,
        u"<a href=\"&#106avascript:alert(1)\">x</a>"_s, // no ';': not decoded, so relative
        u"<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">"_s,
        u"<svg><p><style><img src=x onerror=alert(1)></style></p></svg>"_s,
        u"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"_s,
        u"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"_s,
        u"<p style=\"background:url(javascript:alert(1))\">x</p>"_s,
        u"<div style=\"display:none\"><script>x</script>hidden</div>shown"_s,
        u"<iframe src=\"https://vimeo.com/1\"><p>x</p></iframe><iframe src=x"_s,
        u"<details><summary><a href=\"https://integreat.app/a/de/\">s</a></summary>b"_s,
        u"<table><tr><td>a<table><td>b</table>c</td></tr></table>"_s,
        u"<p><table><p>x</table>"_s,
        u"<ul><li><div><li>x</div></li></ul>"_s,
        u"<dl><dt>a<dd>b<dt>c</dl>"_s,
        u"<h1><h2>x</h2></h1><h3><p>y<h4>z"_s,
        u"<a href=https://a.de><div><a href=https://b.de>x</a></div></a>"_s,
        u"<font><p>a<font><p>b</font></p></font>"_s,
        u"<p hidden>a<p>b<div hidden>c<p>d"_s,
        u"<summary>alone</summary><details><details><summary>x</summary></details>"_s,
        u"<section><li>a<section><li>b</section></section>"_s,
        u"<b><p>x</b>y</p>"_s,
        u"<select><option>o</select>after<button>b</button><textarea><p>t</textarea>"_s,
        u"<head><p>in head</p></head><body>b</body><body>c"_s,
        u"<a href=\"tel:tel:+49 821\">t</a><a href=\"mailto:\">m</a>"_s,
        u"<td>x<tr>y<th>z<thead>w<tbody>v<tfoot>u"_s,
        u"<table><caption>c</caption><colgroup><col></colgroup><tfoot><tr><td>f"_s,
        u"<pre>\n  code\r\n</pre><xmp></xmp><plaintext><b>rest"_s,
        u"<<script>script>alert(1)<</script>/script>"_s,
        u"<img/src=x/onerror=alert(1)//>"_s,
        u"<a/href=\"https://x.de\"/title=t>x</a>"_s,
        u"<p/style=\"display:none\">hidden?</p>"_s,
    };
}

QString tagSoup(QRandomGenerator &random, int tokens)
{
    static const QStringList names{
        u"p"_s,     u"div"_s,     u"b"_s,       u"i"_s,          u"a"_s,      u"li"_s,
        u"ul"_s,    u"ol"_s,      u"table"_s,   u"tr"_s,         u"td"_s,     u"th"_s,
        u"tbody"_s, u"h2"_s,      u"h3"_s,      u"span"_s,       u"img"_s,    u"br"_s,
        u"hr"_s,    u"details"_s, u"summary"_s, u"iframe"_s,     u"script"_s, u"style"_s,
        u"font"_s,  u"section"_s, u"svg"_s,     u"form"_s,       u"dl"_s,     u"dt"_s,
        u"dd"_s,    u"pre"_s,     u"xmp"_s,     u"blockquote"_s, u"figure"_s, u"strike"_s,
        u"head"_s,  u"body"_s,    u"template"_s};
    static const QStringList attributes{u" href=\"https://integreat.app/a/de/x/\""_s,
                                        u" href=javascript:alert(1)"_s,
                                        u" href='/media/x.pdf'"_s,
                                        u" src=/media/p.png"_s,
                                        u" src=https://evil.com/t.gif"_s,
                                        u" alt=\"alt <text>\""_s,
                                        u" style=\"display:none\""_s,
                                        u" style='color:red'"_s,
                                        u" hidden"_s,
                                        u" onclick=x()"_s,
                                        u" class=\"a b\""_s,
                                        u" dir=rtl"_s,
                                        u" colspan=2"_s,
                                        u" title=\"t&amp;t\""_s,
                                        u" src=\"https://vimeo.com/1\""_s,
                                        u"/"_s};
    static const QStringList junk{u"text "_s,  u"&amp;"_s, u"&lt;"_s,       u"<"_s,  u">"_s,
                                  u"&#106;"_s, u"\r\n"_s,  u"<!-- c -->"_s, u"&"_s,  u"\""_s,
                                  u"ü"_s,      u"خ"_s,     u"<!--"_s,       u"</"_s, u"<?x?>"_s};
    QString out;
    for (int i = 0; i < tokens; ++i) {
        const int kind = random.bounded(4);
        const QString &name = names.at(random.bounded(names.size()));
        if (kind == 0) {
            out += u'<' + (random.bounded(3) == 0 ? name.toUpper() : name);
            for (int a = random.bounded(3); a > 0; --a)
                out += attributes.at(random.bounded(attributes.size()));
            out += u'>';
        } else if (kind == 1) {
            out += u"</"_s + name + u'>';
        } else {
            out += junk.at(random.bounded(junk.size()));
        }
    }
    return out;
}

QList<QJsonObject> corpusItems(const QString &file)
{
    QFile in(QDir(corpusDir()).filePath(u"expected-outputs/"_s + file));
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll());
    QList<QJsonObject> items;
    if (doc.isObject())
        items.append(doc.object());
    for (const QJsonValue &value : doc.array())
        items.append(value.toObject());
    return items;
}

QString withoutSpaces(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

} // namespace integreat::testing
