#include "desktop/print/handout.h"

#include "core/content/hosts.h"
#include "core/content/resourcename.h"
#include "desktop/presentation/pathtext.h"
#include "desktop/print/pagebreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextTable>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace integreat::print {

namespace {

constexpr qint64 MaxImageFileBytes = 16 * 1024 * 1024;
constexpr int MaxImageWidth = 900;
constexpr double FooterPointSize = 7.5;

/// Gives every block between `from` and `to` (document positions) one direction: Qt's HTML
/// import marks blocks left-to-right, so the column's direction is set afterwards.
void setDirection(QTextDocument *document, int from, int to, bool rightToLeft)
{
    for (QTextBlock block = document->findBlock(from); block.isValid() && block.position() <= to;
         block = block.next()) {
        QTextCursor cursor(block);
        QTextBlockFormat format = block.blockFormat();
        format.setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
        const Qt::Alignment horizontal = format.alignment() & Qt::AlignHorizontal_Mask;
        if (horizontal != Qt::AlignHCenter && horizontal != Qt::AlignJustify)
            format.setAlignment(Qt::AlignLeading);
        cursor.setBlockFormat(format);
    }
}

} // namespace

Handout::Handout(Spec spec)
    : m_spec(std::move(spec))
    , m_document(std::make_unique<QTextDocument>())
{
    build();
}

Handout::~Handout() = default;

QUrl Handout::webUrl(const QString &path)
{
    QUrl url(u"https://integreat.app"_s);
    url.setPath(path.startsWith(u'/') ? path : u'/' + path);
    return url;
}

QString Handout::headerText() const
{
    return m_spec.regionName;
}

QStringList Handout::footerLines() const
{
    // Each line runs left to right; names and links in their own direction inside it.
    const auto isolated = [](const QString &text) -> QString {
        return QChar(0x2068) + text + QChar(0x2069); // FIRST STRONG ISOLATE … POP
    };
    QStringList lines;
    const QLocale locale;
    lines << tr("Printed on %1").arg(locale.toString(m_spec.printed, QLocale::LongFormat));
    for (const Column &column : m_spec.columns) {
        QString line =
            isolated(column.languageName.isEmpty() ? column.language : column.languageName);
        if (column.lastUpdated.isValid())
            line += u" · "_s + tr("Last updated on %1")
                                   .arg(locale.toString(column.lastUpdated.toLocalTime().date(),
                                                        QLocale::LongFormat));
        lines << line;
        lines << QChar(0x2066) + column.sourceUrl.toString() + QChar(0x2069);
    }
    return lines;
}

void Handout::loadImages(const QString &html) const
{
    static const QRegularExpression source(uR"re(<img[^>]*\ssrc\s*=\s*"([^"]*)")re"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    auto it = source.globalMatch(html);
    while (it.hasNext()) {
        const QString src = it.next().captured(1);
        const QUrl url(QTextDocumentFragment::fromHtml(src).toPlainText());
        QString file = content::fileNameOfLocalResource(url);
        if (file.isEmpty() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s) &&
            content::isAllowedResourceHost(url, content::defaultCmsUrl()))
            file = content::resourceFileName(url.adjusted(QUrl::RemoveFragment));
        QImage image;
        if (!file.isEmpty() && !m_spec.resourceDir.isEmpty()) {
            const QFileInfo info(QDir(m_spec.resourceDir).filePath(file));
            if (info.isFile() && info.size() <= MaxImageFileBytes && image.load(info.filePath()) &&
                image.width() > MaxImageWidth)
                image = image.scaledToWidth(MaxImageWidth, Qt::SmoothTransformation);
        }
        if (image.isNull()) {
            // Nothing from outside the store: an empty 1×1 image instead of a broken one.
            image = QImage(1, 1, QImage::Format_ARGB32);
            image.fill(Qt::transparent);
        }
        m_document->addResource(QTextDocument::ImageResource, url, image);
    }
}

void Handout::insertHtml(QTextCursor &cursor, const QString &html, bool rightToLeft) const
{
    const int from = cursor.position();
    loadImages(html);
    cursor.insertHtml(html);
    setDirection(m_document.get(), from, cursor.position(), rightToLeft);
}

void Handout::build()
{
    QFont font = m_document->defaultFont();
    font.setPointSizeF(10.5);
    m_document->setDefaultFont(font);
    m_document->setDocumentMargin(0);
    m_document->setDefaultStyleSheet(u"h1 { font-size: 17pt; } h2 { font-size: 13pt; }"_s);
    QTextCursor cursor(m_document.get());
    // Every column as rows: its body, or its blocks that line up with the other column's.
    const auto rowsOf = [](const Column &column) {
        return column.rowsHtml.isEmpty() ? QStringList{column.bodyHtml} : column.rowsHtml;
    };
    if (m_spec.columns.size() == 1) {
        const Column &column = m_spec.columns.constFirst();
        insertHtml(cursor, rowsOf(column).join(QString()), column.rightToLeft);
        return;
    }
    qsizetype rows = 1;
    for (const Column &column : m_spec.columns)
        rows = std::max(rows, rowsOf(column).size());
    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 50),
                                      QTextLength(QTextLength::PercentageLength, 50)});
    format.setCellPadding(6);
    format.setCellSpacing(0);
    format.setBorder(0);
    // The table runs left to right whatever the languages: German on the left.
    format.setLayoutDirection(Qt::LeftToRight);
    QTextTable *table = cursor.insertTable(int(rows), int(m_spec.columns.size()), format);
    for (int i = 0; i < m_spec.columns.size(); ++i) {
        const Column &column = m_spec.columns.at(i);
        const QStringList blocks = rowsOf(column);
        for (int row = 0; row < blocks.size(); ++row) {
            QTextCursor cell = table->cellAt(row, i).firstCursorPosition();
            insertHtml(cell, blocks.at(row), column.rightToLeft);
        }
    }
}

int Handout::paint(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    QFont small = m_document->defaultFont();
    small.setPointSizeF(FooterPointSize);
    painter.setFont(small);
    const QFontMetricsF metrics(small, device);
    const QStringList footer = footerLines();
    const double width = device->width();
    const double line = metrics.lineSpacing();
    const double headerHeight = line * 2.5;
    const double footerHeight = line * (footer.size() + 2);
    const double bodyHeight = device->height() - headerHeight - footerHeight;
    if (bodyHeight <= line * 4)
        return 0;

    std::unique_ptr<QTextDocument> document(m_document->clone());
    document->documentLayout()->setPaintDevice(device);
    document->setTextWidth(width); // one long page, cut by PageBreaks
    const QList<double> tops = PageBreaks::pageTops(document.get(), bodyHeight);
    const double end = document->documentLayout()->documentSize().height();
    const int pages = int(tops.size());
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, 0, width, line), Qt::AlignLeft | Qt::AlignVCenter, headerText());
        const QString pageText = tr("Page %1 of %2").arg(page + 1).arg(pages);
        painter.drawText(QRectF(0, 0, width, line), Qt::AlignRight | Qt::AlignVCenter, pageText);
        painter.drawLine(QPointF(0, line * 1.5), QPointF(width, line * 1.5));

        painter.save();
        const double top = tops.at(page);
        const double bottom = page + 1 < pages ? tops.at(page + 1) : std::max(end, top);
        painter.translate(0, headerHeight - top);
        const QRectF visible(0, top, width, bottom - top);
        painter.setClipRect(visible);
        QAbstractTextDocumentLayout::PaintContext context;
        // Lines that only touch the cut are not drawn on this page: clipped out of sight, they
        // would still be in the PDF's text (copied, read aloud, found).
        context.clip = visible.adjusted(0, 0.5, 0, -0.5);
        context.palette.setColor(QPalette::Text, Qt::black);
        document->documentLayout()->draw(&painter, context);
        painter.restore();

        const double footerTop = headerHeight + bodyHeight + line;
        painter.drawLine(QPointF(0, footerTop - line * 0.5),
                         QPointF(width, footerTop - line * 0.5));
        QTextOption option(Qt::AlignLeft | Qt::AlignVCenter);
        option.setTextDirection(Qt::LeftToRight);
        option.setWrapMode(QTextOption::NoWrap);
        for (int i = 0; i < footer.size(); ++i)
            painter.drawText(QRectF(0, footerTop + i * line, width, line),
                             metrics.elidedText(footer.at(i), Qt::ElideMiddle, width), option);
    }
    painter.end();
    return pages;
}

bool Handout::writePdf(const QString &fileName, QString *error) const
{
    QPdfWriter writer(fileName);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setCreator(u"Integreat Desktop"_s);
    writer.setTitle(m_spec.regionName);
    if (paint(&writer) == 0) {
        if (error)
            *error = tr("Cannot write %1: the file could not be created")
                         .arg(desktop::shownPath(fileName));
        return false;
    }
    return true;
}

} // namespace integreat::print
