#include "desktop/print/pagebreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <algorithm>

namespace integreat::print {

namespace {

struct Places
{
    QList<double> items; ///< the tops of paragraphs, headings and table rows not after a heading
    QList<double> lines; ///< the bottoms of lines
    QList<std::pair<double, double>> spans; ///< every line's top and bottom
};

bool isHeading(const QTextBlock &block)
{
    return block.blockFormat().headingLevel() > 0;
}

void addLines(const QAbstractTextDocumentLayout *layout, const QTextBlock &block, Places &places)
{
    const QTextLayout *lines = block.layout();
    if (!lines)
        return;
    const double top = layout->blockBoundingRect(block).top();
    for (int i = 0; i < lines->lineCount(); ++i) {
        const QRectF line = lines->lineAt(i).rect();
        places.lines.append(top + line.bottom());
        places.spans.append({top + line.top(), top + line.bottom()});
    }
}

void collect(const QAbstractTextDocumentLayout *layout, QTextFrame *frame, Places &places)
{
    bool afterHeading = false;
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (QTextBlock block = it.currentBlock(); block.isValid()) {
            if (!afterHeading)
                places.items.append(layout->blockBoundingRect(block).top());
            afterHeading = isHeading(block);
            addLines(layout, block, places);
            continue;
        }
        auto *table = qobject_cast<QTextTable *>(it.currentFrame());
        if (!table) {
            collect(layout, it.currentFrame(), places);
            continue;
        }
        // A row lines up an item with its translation: it begins where its highest cell does.
        for (int row = 0; row < table->rows(); ++row) {
            double top = -1;
            bool heading = false;
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                for (auto inCell = cell.begin(); !inCell.atEnd(); ++inCell) {
                    const QTextBlock block = inCell.currentBlock();
                    if (!block.isValid())
                        continue;
                    const double blockTop = layout->blockBoundingRect(block).top();
                    top = top < 0 ? blockTop : std::min(top, blockTop);
                    heading = heading || isHeading(block);
                    addLines(layout, block, places);
                }
            }
            if (top >= 0 && !afterHeading)
                places.items.append(top);
            afterHeading = heading;
        }
    }
}

/// Whether a page may end at y: no line, in any column, has its top above y and its bottom below.
class Cuts final
{
public:
    explicit Cuts(QList<std::pair<double, double>> spans)
        : m_spans(std::move(spans))
    {
        std::sort(m_spans.begin(), m_spans.end());
        double bottom = 0;
        for (const auto &span : std::as_const(m_spans)) {
            bottom = std::max(bottom, span.second);
            m_lowest.append(bottom);
        }
    }
    bool allowed(double y) const
    {
        const auto above =
            std::lower_bound(m_spans.cbegin(), m_spans.cend(), std::pair<double, double>(y, 0));
        const qsizetype count = above - m_spans.cbegin();
        return count == 0 || m_lowest.at(count - 1) <= y;
    }

private:
    QList<std::pair<double, double>> m_spans; ///< by top
    QList<double> m_lowest;                   ///< the lowest bottom of the spans up to each
};

/// The last of the sorted `places` in (from, to] where a page may end, or `from` when none.
double lastIn(const QList<double> &places, const Cuts &cuts, double from, double to)
{
    for (auto it = std::upper_bound(places.cbegin(), places.cend(), to);
         it != places.cbegin() && *(it - 1) > from; --it) {
        if (cuts.allowed(*(it - 1)))
            return *(it - 1);
    }
    return from;
}

} // namespace

QList<double> PageBreaks::pageTops(QTextDocument *document, double pageHeight)
{
    QList<double> tops{0};
    if (pageHeight <= 0)
        return tops;
    const QAbstractTextDocumentLayout *layout = document->documentLayout();
    Places places;
    collect(layout, document->rootFrame(), places);
    std::sort(places.items.begin(), places.items.end());
    std::sort(places.lines.begin(), places.lines.end());
    const Cuts cuts(std::move(places.spans));
    const double end = layout->documentSize().height();
    while (end - tops.constLast() > pageHeight) {
        const double top = tops.constLast();
        const double bottom = top + pageHeight;
        double cut = lastIn(places.items, cuts, top, bottom);
        if (cut - top < pageHeight / 2)
            cut = std::max(cut, lastIn(places.lines, cuts, top, bottom));
        if (cut <= top) // one line taller than the page
            cut = bottom;
        tops.append(cut);
    }
    return tops;
}

} // namespace integreat::print
