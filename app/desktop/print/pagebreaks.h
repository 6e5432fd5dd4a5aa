#pragma once

#include <QList>

class QTextDocument;

namespace integreat::print {

/// Where a handout's pages end. QTextDocument's own pagination only keeps lines whole: an
/// event of the week handout could begin at the foot of one page and end on the next, a day
/// heading could stand alone at a page's end. PageBreaks cuts the document (laid out as one
/// long page) where a page may end:
/// - before a paragraph, a heading or a row of the two-column table, never right after a
///   heading: an item of up to half a page stays whole and a heading stays with what follows;
/// - where the last such place would leave more than half a page empty (a long paragraph of a
///   page handout): after the last line that fits;
/// - inside a line only where a single line (an image) is taller than a page.
class PageBreaks final
{
public:
    /// The document y of each page's top: the first is 0, the last page ends at the
    /// document's height. `pageHeight` in the document's units (as laid out for the device).
    static QList<double> pageTops(QTextDocument *document, double pageHeight);
};

} // namespace integreat::print
