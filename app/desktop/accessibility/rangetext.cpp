#include "desktop/accessibility/rangetext.h"

#include "desktop/accessibility/contentstructure.h"

#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace integreat::desktop::a11y {

/// A document range's text as a screen reader reads it, and the way between its offsets and
/// document positions. The document has one character per position; an image is U+FFFC there
/// (Orca says "[OBJ]"): here it is the image's description, or nothing. Paragraph, line and
/// frame separators are line breaks.
class SpokenText final
{
public:
    SpokenText(QTextDocument *document, int start, int end)
        : m_start(start)
    {
        if (!document || end <= start)
            return;
        QTextCursor cursor(document);
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        const QString raw = cursor.selectedText();
        m_text.reserve(raw.size());
        for (int i = 0; i < int(raw.size()); ++i) {
            const QChar c = raw.at(i);
            if (c == QChar::ObjectReplacementCharacter) {
                cursor.setPosition(start + i + 1); // charFormat(): the character before
                const QString said = imageDescription(cursor.charFormat());
                m_objects.append({i, int(said.size())});
                m_text += said;
            } else if (c == QChar::ParagraphSeparator || c == QChar::LineSeparator ||
                       c == QChar(0xfdd0) || c == QChar(0xfdd1)) { // a table's start and end
                m_text += u'\n';
            } else {
                m_text += c;
            }
        }
    }

    const QString &text() const { return m_text; }
    int size() const { return int(m_text.size()); }

    /// The offset of document position `position` (clamped to the range).
    int offsetOf(int position) const
    {
        const int relative = position - m_start;
        int shift = 0;
        for (const Object &object : m_objects) {
            if (object.index >= relative)
                break;
            shift += object.length - 1;
        }
        return std::clamp(relative + shift, 0, size());
    }

    /// The document position of `offset` (clamped to the text); inside an image's
    /// description, the image's position.
    int positionOf(int offset) const
    {
        offset = std::clamp(offset, 0, size());
        int shift = 0;
        for (const Object &object : m_objects) {
            const int first = object.index + shift;
            if (offset < first)
                break;
            if (offset < first + object.length)
                return m_start + object.index;
            shift += object.length - 1;
        }
        return m_start + offset - shift;
    }

private:
    struct Object
    {
        int index;  ///< in the range
        int length; ///< of what is said for it
    };
    int m_start;
    QString m_text;
    QList<Object> m_objects;
};

SpokenText RangeText::spoken() const
{
    QTextBrowser *browser = textBrowser();
    return SpokenText(browser ? browser->document() : nullptr, rangeStart(), rangeEnd());
}

void RangeText::selection(int selectionIndex, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = 0;
    QTextBrowser *browser = textBrowser();
    if (!browser || selectionIndex != 0 || selectionCount() == 0)
        return;
    const QTextCursor cursor = browser->textCursor();
    const SpokenText text = spoken();
    *startOffset = text.offsetOf(cursor.selectionStart());
    *endOffset = text.offsetOf(cursor.selectionEnd());
}

int RangeText::selectionCount() const
{
    QTextBrowser *browser = textBrowser();
    if (!browser || !browser->textCursor().hasSelection())
        return 0;
    const QTextCursor cursor = browser->textCursor();
    return cursor.selectionStart() < rangeEnd() && cursor.selectionEnd() > rangeStart() ? 1 : 0;
}

void RangeText::addSelection(int startOffset, int endOffset)
{
    setSelection(0, startOffset, endOffset);
}

void RangeText::removeSelection(int selectionIndex)
{
    if (QTextBrowser *browser = textBrowser(); browser && selectionIndex == 0) {
        QTextCursor cursor = browser->textCursor();
        cursor.clearSelection();
        browser->setTextCursor(cursor);
    }
}

void RangeText::setSelection(int selectionIndex, int startOffset, int endOffset)
{
    QTextBrowser *browser = textBrowser();
    if (!browser || selectionIndex != 0)
        return;
    const SpokenText text = spoken();
    QTextCursor cursor(browser->document());
    cursor.setPosition(text.positionOf(startOffset));
    cursor.setPosition(text.positionOf(endOffset), QTextCursor::KeepAnchor);
    browser->setTextCursor(cursor);
}

int RangeText::cursorPosition() const
{
    QTextBrowser *browser = textBrowser();
    return browser ? spoken().offsetOf(browser->textCursor().position()) : 0;
}

void RangeText::setCursorPosition(int position)
{
    if (QTextBrowser *browser = textBrowser()) {
        QTextCursor cursor(browser->document());
        cursor.setPosition(spoken().positionOf(position));
        browser->setTextCursor(cursor);
    }
}

QString RangeText::text(int startOffset, int endOffset) const
{
    const SpokenText spokenText = spoken();
    const int count = spokenText.size();
    if (endOffset < 0 || endOffset > count)
        endOffset = count;
    startOffset = std::clamp(startOffset, 0, endOffset);
    return spokenText.text().mid(startOffset, endOffset - startOffset);
}

int RangeText::characterCount() const
{
    return spoken().size();
}

QRect RangeText::characterRect(int offset) const
{
    QTextBrowser *browser = textBrowser();
    if (!browser)
        return {};
    QTextCursor cursor(browser->document());
    cursor.setPosition(spoken().positionOf(offset));
    QRect rect = browser->cursorRect(cursor);
    cursor.movePosition(QTextCursor::NextCharacter);
    const QRect next = browser->cursorRect(cursor);
    if (next.top() == rect.top())
        rect.setWidth(std::max(1, std::abs(next.left() - rect.left())));
    return QRect(browser->viewport()->mapToGlobal(rect.topLeft()), rect.size());
}

int RangeText::offsetAtPoint(const QPoint &point) const
{
    QTextBrowser *browser = textBrowser();
    if (!browser)
        return -1;
    const QPoint local = browser->viewport()->mapFromGlobal(point);
    if (!browser->viewport()->rect().contains(local))
        return -1;
    const int position = browser->cursorForPosition(local).position();
    if (position < rangeStart() || position > rangeEnd())
        return -1;
    return spoken().offsetOf(position);
}

void RangeText::scrollToSubstring(int startIndex, int endIndex)
{
    QTextBrowser *browser = textBrowser();
    if (!browser)
        return;
    const SpokenText text = spoken();
    QTextCursor cursor(browser->document());
    cursor.setPosition(text.positionOf(endIndex));
    browser->verticalScrollBar()->setValue(browser->verticalScrollBar()->value() +
                                           browser->cursorRect(cursor).bottom() -
                                           browser->viewport()->height() + 8);
    cursor.setPosition(text.positionOf(startIndex));
    const int top = browser->cursorRect(cursor).top();
    if (top < 0)
        browser->verticalScrollBar()->setValue(browser->verticalScrollBar()->value() + top - 8);
}

QString RangeText::attributes(int offset, int *startOffset, int *endOffset) const
{
    // One run: the page has one language (the content language, set per page).
    Q_UNUSED(offset)
    *startOffset = 0;
    *endOffset = characterCount();
    const QString language = rangeLanguage();
    return language.isEmpty() ? QString() : u"language:%1;"_s.arg(language);
}

QString RangeText::textAtOffset(int offset, QAccessible::TextBoundaryType boundaryType,
                                int *startOffset, int *endOffset) const
{
    QTextBrowser *browser = textBrowser();
    if (boundaryType != QAccessible::LineBoundary || !browser)
        return QAccessibleTextInterface::textAtOffset(offset, boundaryType, startOffset, endOffset);
    const SpokenText text = spoken();
    const int position = text.positionOf(offset);
    const QTextBlock block = browser->document()->findBlock(position);
    const QTextLayout *layout = block.layout();
    const QTextLine line =
        layout ? layout->lineForTextPosition(position - block.position()) : QTextLine();
    if (!line.isValid())
        return QAccessibleTextInterface::textAtOffset(offset, boundaryType, startOffset, endOffset);
    int first = block.position() + line.textStart();
    int last = first + line.textLength();
    if (line.lineNumber() == layout->lineCount() - 1)
        ++last; // the paragraph's break belongs to its last line
    first = std::max(first, rangeStart());
    last = std::min(last, rangeEnd());
    *startOffset = text.offsetOf(first);
    *endOffset = std::max(text.offsetOf(last), *startOffset);
    return text.text().mid(*startOffset, *endOffset - *startOffset);
}

} // namespace integreat::desktop::a11y
