#pragma once

#include <QList>
#include <QString>
#include <utility>

namespace integreat::content {

/// One piece of an HTML fragment as HtmlTokenizer reads it.
struct HtmlToken
{
    enum class Type
    {
        StartTag,
        EndTag,
        Text,
        RawText
    };
    Type type = Type::Text;
    QString name;                                  ///< tag name, ASCII lower case
    QList<std::pair<QString, QString>> attributes; ///< lower-case names, values entity-decoded;
                                                   ///< the first of duplicate names wins
    bool selfClosing = false;                      ///< `<x ... />`
    QString text; ///< Text: as written (entities not decoded); RawText: the literal content of
                  ///< script, style, iframe, textarea, title, xmp, noscript ...
};

/// A small, tolerant HTML tokenizer in the spirit of the HTML5 tokenizer, for the sanitizer.
/// It never fails: stray `<` is text, attributes may be unquoted, names are lower-cased,
/// comments, doctypes, CDATA and processing instructions are skipped, a tag cut off by the end
/// of the input is dropped. The contents of raw-text elements (script, style, iframe, textarea,
/// title, xmp, noscript, noembed, noframes, plaintext) come as one RawText token, unless the start
/// tag is self-closing. Linear in the input size.
class HtmlTokenizer final
{
public:
    explicit HtmlTokenizer(const QString &html)
        : m_html(html)
    {
    }

    /// The next token; false at the end of the input.
    bool next(HtmlToken &token);

    static bool isRawTextElement(QStringView name);

private:
    bool readTag(HtmlToken &token, qsizetype from);
    void skipBogusComment(qsizetype from);
    void skipComment(qsizetype from);
    bool readRawText(HtmlToken &token);

    const QString &m_html;
    qsizetype m_pos = 0;
    QString m_rawTextEnd; ///< name of the raw-text element whose contents come next, if any
};

} // namespace integreat::content
