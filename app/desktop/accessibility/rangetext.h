#pragma once

#include <QAccessibleTextInterface>

class QTextBrowser;

namespace integreat::desktop::a11y {

class SpokenText;

/// The text interface of a range of a text browser's document (the whole document, or one
/// heading, paragraph, cell or link): plain text, caret and selection (the browser's own),
/// character geometry, and the content language as the `language` text attribute, which screen
/// readers (Orca) use to pick a voice. An image reads as its `alt` text (nothing without one),
/// not as the U+FFFC that stands for it in the document: offsets count that text.
class RangeText : public QAccessibleTextInterface
{
public:
    RangeText() = default;
    ~RangeText() override = default;
    Q_DISABLE_COPY_MOVE(RangeText)

    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    int cursorPosition() const override;
    void setCursorPosition(int position) override;
    QString text(int startOffset, int endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int *startOffset, int *endOffset) const override;
    /// Lines as laid out on screen (a long paragraph is several), so a screen reader moving
    /// down line by line reads one line, not the whole paragraph again; other units as Qt's.
    QString textAtOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset,
                         int *endOffset) const override;

protected:
    /// The browser (null once it is gone), the range's document positions and its language.
    virtual QTextBrowser *textBrowser() const = 0;
    virtual int rangeStart() const = 0;
    virtual int rangeEnd() const = 0;
    virtual QString rangeLanguage() const = 0;

private:
    SpokenText spoken() const;
};

} // namespace integreat::desktop::a11y
