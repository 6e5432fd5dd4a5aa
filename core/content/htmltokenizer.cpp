#include "core/content/htmltokenizer.h"

#include "core/content/htmltext.h"

using namespace Qt::StringLiterals;

namespace integreat::content {

namespace {

constexpr qsizetype kMaxAttributes = 32;

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

QString asciiLower(QStringView s)
{
    QString out(s.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        out[i] = (c >= u'A' && c <= u'Z') ? QChar(c.unicode() + 32) : c;
    }
    return out;
}

} // namespace

bool HtmlTokenizer::isRawTextElement(QStringView name)
{
    return name == u"script" || name == u"style" || name == u"iframe" || name == u"textarea" ||
           name == u"title" || name == u"xmp" || name == u"noscript" || name == u"noembed" ||
           name == u"noframes" || name == u"plaintext";
}

bool HtmlTokenizer::next(HtmlToken &token)
{
    const qsizetype n = m_html.size();
    for (;;) {
        token = HtmlToken();
        if (!m_rawTextEnd.isEmpty()) {
            if (readRawText(token))
                return true;
            continue;
        }
        if (m_pos >= n)
            return false;
        qsizetype markup = n; // the next '<' that starts markup; a stray '<' is text
        for (qsizetype lt = m_html.indexOf(u'<', m_pos); lt >= 0 && lt + 1 < n;
             lt = m_html.indexOf(u'<', lt + 1)) {
            const QChar c = m_html.at(lt + 1);
            if (isAsciiLetter(c) || c == u'/' || c == u'!' || c == u'?') {
                markup = lt;
                break;
            }
        }
        if (markup > m_pos) {
            token.type = HtmlToken::Type::Text;
            token.text = m_html.mid(m_pos, markup - m_pos);
            m_pos = markup;
            return true;
        }
        const QChar c = m_html.at(m_pos + 1);
        if (c == u'!') {
            if (QStringView(m_html).mid(m_pos, 4) == u"<!--")
                skipComment(m_pos + 4);
            else
                skipBogusComment(m_pos + 2);
        } else if (c == u'?') {
            skipBogusComment(m_pos + 2);
        } else if (c == u'/' && !(m_pos + 2 < n && isAsciiLetter(m_html.at(m_pos + 2)))) {
            if (m_pos + 2 < n && m_html.at(m_pos + 2) == u'>')
                m_pos += 3; // "</>"
            else
                skipBogusComment(m_pos + 2);
        } else if (readTag(token, m_pos)) {
            return true;
        }
    }
}

void HtmlTokenizer::skipComment(qsizetype from)
{
    const QStringView rest = QStringView(m_html).mid(from);
    if (rest.startsWith(u'>')) { // "<!-->"
        m_pos = from + 1;
        return;
    }
    if (rest.startsWith(u"->")) { // "<!--->"
        m_pos = from + 2;
        return;
    }
    const qsizetype end = m_html.indexOf(u"-->"_s, from);
    m_pos = end < 0 ? m_html.size() : end + 3;
}

void HtmlTokenizer::skipBogusComment(qsizetype from)
{
    const qsizetype end = m_html.indexOf(u'>', from);
    m_pos = end < 0 ? m_html.size() : end + 1;
}

/// Reads the start or end tag at `from` ("<x" or "</x"). False when the input ends inside it,
/// which drops the tag; m_pos is then at the end.
bool HtmlTokenizer::readTag(HtmlToken &token, qsizetype from)
{
    const qsizetype n = m_html.size();
    const bool end = m_html.at(from + 1) == u'/';
    qsizetype i = from + (end ? 2 : 1);
    const qsizetype nameStart = i;
    while (i < n && !isHtmlSpace(m_html.at(i)) && m_html.at(i) != u'/' && m_html.at(i) != u'>')
        ++i;
    token.type = end ? HtmlToken::Type::EndTag : HtmlToken::Type::StartTag;
    token.name = asciiLower(QStringView(m_html).mid(nameStart, i - nameStart));
    while (i < n) {
        const QChar c = m_html.at(i);
        if (isHtmlSpace(c)) {
            ++i;
            continue;
        }
        if (c == u'>') {
            m_pos = i + 1;
            if (!end && !token.selfClosing && isRawTextElement(token.name))
                m_rawTextEnd = token.name;
            return true;
        }
        if (c == u'/') {
            ++i;
            token.selfClosing = i < n && m_html.at(i) == u'>';
            continue;
        }
        token.selfClosing = false;
        const qsizetype attrStart = i;
        ++i; // the first character may be '='
        while (i < n && !isHtmlSpace(m_html.at(i)) && m_html.at(i) != u'/' &&
               m_html.at(i) != u'>' && m_html.at(i) != u'=')
            ++i;
        const QString attrName = asciiLower(QStringView(m_html).mid(attrStart, i - attrStart));
        while (i < n && isHtmlSpace(m_html.at(i)))
            ++i;
        QString value;
        if (i < n && m_html.at(i) == u'=') {
            ++i;
            while (i < n && isHtmlSpace(m_html.at(i)))
                ++i;
            if (i < n && (m_html.at(i) == u'"' || m_html.at(i) == u'\'')) {
                const qsizetype close = m_html.indexOf(m_html.at(i), i + 1);
                if (close < 0)
                    break; // the input ends inside the value
                value = m_html.mid(i + 1, close - i - 1);
                i = close + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < n && !isHtmlSpace(m_html.at(i)) && m_html.at(i) != u'>')
                    ++i;
                value = m_html.mid(valueStart, i - valueStart);
            }
        }
        if (end)
            continue;
        if (token.attributes.size() >= kMaxAttributes)
            continue; // no real tag has more; keeps hostile input linear
        bool duplicate = false;
        for (const auto &attribute : std::as_const(token.attributes))
            duplicate = duplicate || attribute.first == attrName;
        if (!duplicate)
            token.attributes.append({attrName, decodeEntities(value)});
    }
    m_pos = n;
    return false;
}

bool HtmlTokenizer::readRawText(HtmlToken &token)
{
    const QString name = std::exchange(m_rawTextEnd, QString());
    const qsizetype n = m_html.size();
    qsizetype end = n;
    if (name != u"plaintext") {
        const QString closing = u"</"_s + name;
        for (qsizetype at = m_html.indexOf(closing, m_pos, Qt::CaseInsensitive); at >= 0;
             at = m_html.indexOf(closing, at + 1, Qt::CaseInsensitive)) {
            const qsizetype after = at + closing.size();
            if (after >= n || isHtmlSpace(m_html.at(after)) || m_html.at(after) == u'/' ||
                m_html.at(after) == u'>') {
                end = at;
                break;
            }
        }
    }
    token.type = HtmlToken::Type::RawText;
    token.name = name;
    token.text = m_html.mid(m_pos, end - m_pos);
    m_pos = end;
    return !token.text.isEmpty();
}

} // namespace integreat::content
