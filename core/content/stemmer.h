#pragma once

#include <QString>
#include <QtGlobal>

struct sb_stemmer;

namespace integreat::content {

/// Snowball stemming (libstemmer) of normalized search words, for the languages Snowball has
/// (German, English, Arabic, Russian, Turkish, French, Spanish, …; not Farsi or Ukrainian). The
/// same function serves the indexed words and the query words, so both reduce to one stem
/// ("wohnungen" and "wohnung" -> "wohnung"). Not thread-safe: one Stemmer per thread.
class Stemmer final
{
public:
    /// A stemmer for the language code ("de", "en", "ar" …); without a Snowball algorithm for
    /// it, isValid() is false and stem() returns the word unchanged.
    explicit Stemmer(const QString &language);
    ~Stemmer();
    Q_DISABLE_COPY_MOVE(Stemmer)

    bool isValid() const { return m_stemmer != nullptr; }
    QString language() const { return m_language; }
    /// The stem of one normalized word.
    QString stem(const QString &word) const;

private:
    QString m_language;
    sb_stemmer *m_stemmer = nullptr;
};

} // namespace integreat::content
