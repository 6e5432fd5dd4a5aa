#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace integreat::content {

/// Gives over-long words break opportunities (issue 11): one unbroken word of a megabyte made
/// QTextBrowser lay a page out for minutes and ran far off the side. After every MaxWordChars
/// characters of one word a zero-width space is inserted, so a line breaks there and the layout
/// stays linear. Words are counted across calls (a word may span text between inline tags);
/// white space, zero-width spaces and soft hyphens end a word; bidi isolate and mark controls
/// do not count; a break never splits a surrogate pair or goes before a combining mark.
/// Applying it to its own output changes nothing.
class LongWordBreaker final
{
public:
    /// Longer than any real word (German compounds reach about 60 letters).
    static constexpr qsizetype MaxWordChars = 80;
    static constexpr char16_t ZeroWidthSpace = 0x200B;

    /// `text` with the break opportunities it needs, continuing the word the last call ended in.
    QString apply(const QString &text);
    /// Where apply() put breaks into `text` (its output, or a document's text made from it),
    /// continuing the word the last call ended in: every zero-width space that follows at least
    /// MaxWordChars characters of one word and comes before another character of it. Copied text
    /// leaves them out, so a long link pastes whole (issue 11). Line and paragraph separators
    /// (a document's <br> and block ends) neither count nor end a word here, so a word is never
    /// counted shorter than apply() counted it in the HTML. A zero-width space the content had
    /// at such a place itself cannot be told apart and is found too.
    QList<qsizetype> findBreaks(QStringView text);
    /// The next text starts a new word.
    void reset() { m_run = 0; }

private:
    qsizetype m_run = 0; ///< characters of the current word so far
};

} // namespace integreat::content
