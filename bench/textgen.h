#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace integreat::bench {

/// Deterministic pseudo-text for one script: a vocabulary built from syllables, words drawn
/// with a skewed (Zipf-like) frequency so that some words are common and most are rare.
class TextGenerator final
{
public:
    enum class Script
    {
        Latin,
        German,
        Arabic,
        Persian,
        Cyrillic
    };

    TextGenerator(Script script, quint32 seed, int vocabularySize = 4000);

    QString word();
    QString words(int count);
    QString sentence();
    /// HTML paragraphs of about `bytes` UTF-8 bytes.
    QString html(int bytes);
    /// Word n of the vocabulary (0 = most frequent).
    QString vocabulary(int n) const { return m_vocabulary.at(n % m_vocabulary.size()); }
    int vocabularySize() const { return int(m_vocabulary.size()); }

private:
    QStringList m_vocabulary;
    QRandomGenerator m_random;
};

} // namespace integreat::bench
