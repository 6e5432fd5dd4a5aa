#include "desktop/accessibility/rangetext.h"

#include <QScrollBar>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace integreat::desktop::a11y {

void RangeText::selection(int selectionIndex, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = 0;
    QTextBrowser *browser = textBrowser();
    if (!browser || selectionIndex != 0 || selectionCount() == 0)
        return;
    const QTextCursor cursor = browser->textCursor();
    *startOffset = std::max(cursor.selectionStart(), rangeStart()) - rangeStart();
    *endOffset = std::min(cursor.selectionEnd(), rangeEnd()) - rangeStart();
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
    const int count = characterCount();
    QTextCursor cursor(browser->document());
    cursor.setPosition(rangeStart() + std::clamp(startOffset, 0, count));
    cursor.setPosition(rangeStart() + std::clamp(endOffset, 0, count), QTextCursor::KeepAnchor);
    browser->setTextCursor(cursor);
}

int RangeText::cursorPosition() const
{
    QTextBrowser *browser = textBrowser();
    if (!browser)
        return 0;
    return std::clamp(browser->textCursor().position() - rangeStart(), 0, characterCount());
}

void RangeText::setCursorPosition(int position)
{
    if (QTextBrowser *browser = textBrowser()) {
        QTextCursor cursor(browser->document());
        cursor.setPosition(rangeStart() + std::clamp(position, 0, characterCount()));
        browser->setTextCursor(cursor);
    }
}

QString RangeText::text(int startOffset, int endOffset) const
{
    QTextBrowser *browser = textBrowser();
    const int count = characterCount();
    if (!browser || count == 0)
        return {};
    if (endOffset < 0 || endOffset > count)
        endOffset = count;
    startOffset = std::clamp(startOffset, 0, endOffset);
    QTextCursor cursor(browser->document());
    cursor.setPosition(rangeStart() + startOffset);
    cursor.setPosition(rangeStart() + endOffset, QTextCursor::KeepAnchor);
    QString text = cursor.selectedText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    text.replace(QChar::LineSeparator, u'\n');
    return text;
}

int RangeText::characterCount() const
{
    return textBrowser() ? std::max(0, rangeEnd() - rangeStart()) : 0;
}

QRect RangeText::characterRect(int offset) const
{
    QTextBrowser *browser = textBrowser();
    if (!browser)
        return {};
    QTextCursor cursor(browser->document());
    cursor.setPosition(rangeStart() + std::clamp(offset, 0, characterCount()));
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
    return position - rangeStart();
}

void RangeText::scrollToSubstring(int startIndex, int endIndex)
{
    QTextBrowser *browser = textBrowser();
    if (!browser)
        return;
    QTextCursor cursor(browser->document());
    cursor.setPosition(rangeStart() + std::clamp(endIndex, 0, characterCount()));
    browser->verticalScrollBar()->setValue(browser->verticalScrollBar()->value() +
                                           browser->cursorRect(cursor).bottom() -
                                           browser->viewport()->height() + 8);
    cursor.setPosition(rangeStart() + std::clamp(startIndex, 0, characterCount()));
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

} // namespace integreat::desktop::a11y
