#include "core/content/stemmer.h"

#include <libstemmer.h>

namespace integreat::content {

Stemmer::Stemmer(const QString &language)
    : m_language(language)
{
    // libstemmer knows ISO 639-1 codes ("de", "ar" …); a code like "de-si" uses its first part.
    const QByteArray code = language.section(u'-', 0, 0).toLatin1().toLower();
    if (!code.isEmpty())
        m_stemmer = sb_stemmer_new(code.constData(), "UTF_8");
}

Stemmer::~Stemmer()
{
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
}

QString Stemmer::stem(const QString &word) const
{
    if (!m_stemmer || word.isEmpty())
        return word;
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol *stemmed = sb_stemmer_stem(
        m_stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (!stemmed)
        return word; // out of memory: the word itself still matches
    return QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(m_stemmer));
}

} // namespace integreat::content
