#include "desktop/pages/contentbrowser.h"

#include "core/content/hosts.h"
#include "core/content/resourcename.h"
#include "desktop/accessibility/contentaccessible.h"
#include "desktop/common/contentfont.h"
#include "desktop/common/theme.h"
#include "desktop/pages/copiedselection.h"

#include <QAccessible>
#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {
constexpr int MaxImageWidth = ContentBrowser::ReadableWidth;
constexpr qint64 MaxImageFileBytes = 20 * 1024 * 1024;
/// More characters than fit on a screen of the column: 250 lines of 200 characters.
constexpr int TallPageChars = 50'000;
/// An image's own size (the HTML's, else the picture's) before it was fitted to the column.
constexpr int NaturalSizeProperty = QTextFormat::UserProperty + 40;
} // namespace

ContentBrowser::ContentBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"ContentBrowser"_s);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(this, &QTextBrowser::anchorClicked, this, &ContentBrowser::linkActivated);
    connect(document(), &QTextDocument::contentsChanged, this, [this] { ++m_generation; });
    // A link selected otherwise (the SetFocus action) is announced as the focused link too.
    connect(this, &QTextEdit::selectionChanged, this,
            [this] { a11y::ContentAccessible::notifyLinkFocus(this); });
}

void ContentBrowser::setTileImageProvider(std::function<QImage(const QString &)> provider)
{
    m_tileProvider = std::move(provider);
}

void ContentBrowser::showDocument(const QString &html, const QString &styleSheet,
                                  Qt::LayoutDirection direction)
{
    render(html, styleSheet, direction, {});
}

void ContentBrowser::showDocument(const QString &html, const QString &styleSheet,
                                  const ContentLanguage &language)
{
    render(html, styleSheet, language.direction(), language.code);
}

void ContentBrowser::render(const QString &html, const QString &styleSheet,
                            Qt::LayoutDirection direction, const QString &language)
{
    m_images.clear();
    m_direction = direction;
    m_language = language;
    QTextDocument *doc = document();
    // The page is laid out once, at the end (issue 11): the import, the blocks' direction, the
    // frame's margins and the scroll bar each started a full layout of their own, and Qt lays a
    // paragraph out whole, so a megabyte-long one took seconds each time. QTextDocumentLayout
    // does nothing while the page size is null.
    const QSizeF pageSize = doc->pageSize();
    doc->setPageSize(QSizeF(0, 0));
    doc->clear();
    doc->setDefaultStyleSheet(styleSheet);
    doc->setDefaultFont(contentFont(language, Theme::current().font(Theme::FontRole::Body)));
    QTextOption option = doc->defaultTextOption();
    option.setTextDirection(direction);
    option.setAlignment((direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft) |
                        Qt::AlignAbsolute);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    setLayoutDirection(direction);
    setHtml(html);
    applyDirection(direction);
    applyFrame();
    // A page far longer than any screen gets its scroll bar before the layout, so it is not laid
    // out once more when the bar appears (the resize lays it out, for the narrower width).
    if (isVisible() && !verticalScrollBar()->isVisible() && doc->characterCount() > TallPageChars) {
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    }
    if (doc->pageSize().isNull())
        doc->setPageSize(pageSize);
    verticalScrollBar()->setValue(0);
}

void ContentBrowser::applyDirection(Qt::LayoutDirection direction)
{
    // One direction for the whole page (the content language's): Qt's HTML import marks every
    // block left-to-right and lets a `dir` leak into following siblings, so each block gets
    // the page's direction; paragraphs, list bullets and table cells then run right to left
    // in Arabic content.
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    m_hasImages = false;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        // Airy line spacing is for text; a line holding an image keeps the image's height.
        const bool hasImage = block.text().contains(QChar::ObjectReplacementCharacter);
        m_hasImages = m_hasImages || hasImage;
        const bool spacedImage =
            hasImage && format.lineHeightType() != QTextBlockFormat::SingleHeight;
        if (format.layoutDirection() == direction && !spacedImage)
            continue;
        format.setLayoutDirection(direction);
        if (spacedImage)
            format.setLineHeight(100, QTextBlockFormat::SingleHeight);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
    cursor.endEditBlock();
}

void ContentBrowser::applyFrame()
{
    // The text column widens a little with larger text, so lines keep enough words.
    const int column = ReadableWidth * (100 + (Theme::current().textScale - 100) / 2) / 100;
    const int width = viewport()->width();
    const int side = std::max(28, (width - column) / 2);
    QTextFrameFormat format = document()->rootFrame()->frameFormat();
    // Unchanged margins are not set again (no new layout); a new page's images still get fitted.
    if (format.leftMargin() != side || format.rightMargin() != side || format.topMargin() != 20 ||
        format.bottomMargin() != 40) {
        format.setLeftMargin(side);
        format.setRightMargin(side);
        format.setTopMargin(20);
        format.setBottomMargin(40);
        document()->rootFrame()->setFrameFormat(format);
    }
    fitImages(width - 2 * side - 2);
}

void ContentBrowser::fitImages(int column)
{
    // An image wider than the text column (a narrow window, the side-by-side pane) shrinks to
    // it, keeping its proportions; in a wider window it grows back to its own size.
    if (column <= 0 || !m_hasImages) // a page without images is not walked on every resize
        return;
    QList<std::pair<QTextFragment, QTextImageFormat>> changes;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            QTextImageFormat image = it.fragment().charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            QSizeF natural = image.property(NaturalSizeProperty).toSizeF();
            if (!image.hasProperty(NaturalSizeProperty)) {
                const QImage picture =
                    loadResource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
                const qreal width = image.width() > 0 ? image.width() : picture.width();
                qreal height = image.height();
                if (height <= 0 && picture.width() > 0)
                    height = width * picture.height() / picture.width();
                natural = QSizeF(width, height);
                image.setProperty(NaturalSizeProperty, natural);
            }
            if (natural.width() <= 0 || natural.height() <= 0)
                continue;
            const qreal width = std::min<qreal>(natural.width(), column);
            if (image.width() == width && image.hasProperty(QTextFormat::ImageHeight))
                continue;
            image.setWidth(width);
            image.setHeight(natural.height() * width / natural.width());
            changes.append({it.fragment(), image});
        }
    }
    if (changes.isEmpty())
        return;
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (const auto &[fragment, image] : std::as_const(changes)) {
        cursor.setPosition(fragment.position());
        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
        cursor.setCharFormat(image);
    }
    cursor.endEditBlock();
}

void ContentBrowser::resizeEvent(QResizeEvent *event)
{
    // A new width: the margins first, with the layout idle, then QTextEdit lays the page out once
    // for the new width (not once more for the margins).
    const bool newWidth = event->oldSize().width() != event->size().width();
    if (newWidth) {
        document()->setPageSize(QSizeF(0, 0));
        applyFrame();
    }
    QTextBrowser::resizeEvent(event);
    if (document()->pageSize().isNull())
        document()->setPageSize(QSizeF(viewport()->width(), -1));
}

bool ContentBrowser::focusNextPrevChild(bool next)
{
    const bool moved = QTextBrowser::focusNextPrevChild(next);
    if (moved && hasFocus())
        a11y::ContentAccessible::notifyLinkFocus(this);
    return moved;
}

void ContentBrowser::focusInEvent(QFocusEvent *event)
{
    const Qt::TextInteractionFlags flags =
        QAccessible::isActive() ? Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard
                                : Qt::TextBrowserInteraction;
    if (textInteractionFlags() != flags)
        setTextInteractionFlags(flags);
    QTextBrowser::focusInEvent(event);
}

void ContentBrowser::keyPressEvent(QKeyEvent *event)
{
    // Alt+Left/Right/Up belong to the window's Back/Forward/Home, not QTextBrowser's own
    // (unused) history.
    if (event->modifiers() & Qt::AltModifier) {
        const int key = event->key();
        if (key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up) {
            event->ignore();
            return;
        }
    }
    QTextBrowser::keyPressEvent(event);
}

QMimeData *ContentBrowser::createMimeDataFromSelection() const
{
    const QTextCursor selection = textCursor();
    if (!selection.hasSelection())
        return QTextBrowser::createMimeDataFromSelection();
    return CopiedSelection(selection).mimeData();
}

QVariant ContentBrowser::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource)
        return {}; // no style sheets or HTML from anywhere
    const QString key = name.toString();
    if (const auto cached = m_images.constFind(key); cached != m_images.constEnd())
        return *cached;

    QImage image;
    if (name.scheme() == QString::fromUtf16(TileScheme)) {
        if (m_tileProvider)
            image = m_tileProvider(name.path());
    } else if (const QString file = cacheFileName(name); !file.isEmpty()) {
        const QFileInfo info(QDir(m_resourceDir).filePath(file));
        if (info.isFile() && info.size() <= MaxImageFileBytes && image.load(info.filePath())) {
            if (image.width() > MaxImageWidth)
                image = image.scaledToWidth(MaxImageWidth, Qt::SmoothTransformation);
        }
        if (image.isNull())
            image = placeholderImage();
    }
    // Anything else (other hosts, file:, data:) is never loaded: content shows only what the
    // store holds.
    m_images.insert(key, image);
    return image.isNull() ? QVariant() : QVariant(image);
}

QString ContentBrowser::cacheFileName(const QUrl &name) const
{
    if (const QString local = content::fileNameOfLocalResource(name); !local.isEmpty())
        return local;
    const QUrl url = name.isRelative() ? content::resolutionBase(m_server).resolved(name) : name;
    if (!content::isAllowedResourceHost(url, m_server))
        return {};
    return content::resourceFileName(url.adjusted(QUrl::RemoveFragment));
}

QImage ContentBrowser::placeholderImage() const
{
    const Theme &theme = Theme::current();
    QImage image(160, 96, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(theme.border, 1.5, Qt::DashLine));
    painter.setBrush(theme.surfaceAlt);
    painter.drawRoundedRect(QRectF(1, 1, 158, 94), 8, 8);
    painter.setPen(QPen(theme.textMuted, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(60, 30, 40, 32), 4, 4);
    painter.drawEllipse(QPointF(72, 41), 4, 4);
    painter.drawLine(QPointF(64, 58), QPointF(78, 46));
    painter.drawLine(QPointF(78, 46), QPointF(96, 58));
    return image;
}

} // namespace integreat::desktop
