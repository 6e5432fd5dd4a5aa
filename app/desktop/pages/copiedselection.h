#pragma once

#include <QString>

class QMimeData;
class QTextCursor;

namespace integreat::desktop {

/// What copying a selection of content puts on the clipboard (Ctrl+C, Copy in the context
/// menu, dragging): its HTML and plain text without the zero-width spaces the sanitizer gave
/// over-long words (content::LongWordBreaker), so a long link pastes whole (issue 11). The words
/// are counted from the start of the document, as they were when the breaks went in.
class CopiedSelection final
{
public:
    explicit CopiedSelection(const QTextCursor &selection);

    QString html() const { return m_html; }
    QString text() const { return m_text; }
    /// A new QMimeData with both (the caller owns it).
    QMimeData *mimeData() const;

private:
    QString m_html;
    QString m_text;
};

} // namespace integreat::desktop
