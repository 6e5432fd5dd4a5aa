#include "desktop/pages/copiedselection.h"

#include "core/content/longwords.h"

#include <QMimeData>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <algorithm>

namespace integreat::desktop {

namespace {

/// The breaker as it stands at `position` of `document`: the word it is in counted from the
/// word's start (words run on across blocks, as in the HTML the breaks were made in).
content::LongWordBreaker breakerAt(const QTextDocument &document, int position)
{
    content::LongWordBreaker breaker;
    for (QTextBlock block = document.begin(); block.isValid() && block.position() < position;
         block = block.next()) {
        const QString text = block.text();
        breaker.findBreaks(QStringView(text).left(position - block.position()));
    }
    return breaker;
}

} // namespace

CopiedSelection::CopiedSelection(const QTextCursor &selection)
{
    QTextDocument copy;
    copy.setUndoRedoEnabled(false);
    QTextCursor cursor(&copy);
    cursor.insertFragment(selection.selection());

    content::LongWordBreaker breaker = breakerAt(*selection.document(), selection.selectionStart());
    QList<int> breaks;
    for (QTextBlock block = copy.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        for (const qsizetype at : breaker.findBreaks(text))
            breaks.append(block.position() + int(at));
    }
    // From the end, so the positions still to remove stay where they are; as selections, as
    // deleteChar() would work out the long block's grapheme boundaries for each one.
    cursor.beginEditBlock();
    for (auto at = breaks.crbegin(); at != breaks.crend(); ++at) {
        cursor.setPosition(*at);
        cursor.setPosition(*at + 1, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
    cursor.endEditBlock();
    m_html = copy.toHtml();
    m_text = copy.toPlainText();
}

QMimeData *CopiedSelection::mimeData() const
{
    auto *data = new QMimeData;
    data->setHtml(m_html);
    data->setText(m_text);
    return data;
}

} // namespace integreat::desktop
