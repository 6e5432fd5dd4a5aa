#pragma once

#include "desktop/presentation/languages.h"

#include <QHash>
#include <QImage>
#include <QTextBrowser>
#include <QUrl>
#include <functional>

namespace integreat::desktop {

/// Shows sanitized content HTML: images only from the local resource cache, never from the
/// network or the disk elsewhere: a CMS image URL (as the sync stores them) or an
/// `integreat-resource:<file>` reference reads <resourceDir>/<content::resourceFileName>; every
/// link is reported through linkActivated() and never followed by Qt (setOpenLinks(false)). The
/// text direction and alignment are set for the whole page, and the text keeps a readable column
/// width centred in wide windows; images never overflow it. Copied text has no break opportunities
/// the app put in.
class ContentBrowser final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentBrowser)

public:
    /// Scheme of the app's own images (tile icons of child pages): integreat-tile:<page path>.
    static constexpr char16_t TileScheme[] = u"integreat-tile";
    static constexpr int ReadableWidth = 760;

    explicit ContentBrowser(QWidget *parent = nullptr);

    void setResourceDir(const QString &dir) { m_resourceDir = dir; }
    /// The CMS synced from: relative image URLs resolve against it, and its host counts as an
    /// Integreat host whose images may be in the cache.
    void setServer(const QUrl &server) { m_server = server; }
    QString resourceDir() const { return m_resourceDir; }
    /// Supplies integreat-tile: images.
    void setTileImageProvider(std::function<QImage(const QString &path)> provider);

    /// Replaces the document: `styleSheet` first, then `html`, laid out in `direction`.
    void showDocument(const QString &html, const QString &styleSheet,
                      Qt::LayoutDirection direction);
    /// The same, laid out in `language`'s direction and set in its font (contentFont).
    void showDocument(const QString &html, const QString &styleSheet,
                      const ContentLanguage &language);
    Qt::LayoutDirection contentDirection() const { return m_direction; }
    /// The content language's code (BCP 47) when the document was shown with one, else empty.
    QString contentLanguage() const { return m_language; }
    /// Grows whenever the document's text changes (assistive technology rebuilds its view).
    quint64 contentGeneration() const { return m_generation; }
    /// Follows `url` as a click on it does (reported through linkActivated()).
    void activateLink(const QUrl &url) { emit linkActivated(url); }

    QVariant loadResource(int type, const QUrl &name) override;

signals:
    void linkActivated(const QUrl &url);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    /// Tab between links: QTextBrowser selects the next link without a selectionChanged(), so
    /// the accessible focus is announced here.
    bool focusNextPrevChild(bool next) override;
    /// With a screen reader running, the text gets a keyboard caret (as caret browsing): the
    /// arrow keys move it line by line and the reader speaks each line in the content's voice.
    void focusInEvent(QFocusEvent *event) override;
    /// Copy and drag leave out the breaks the sanitizer gave over-long words (CopiedSelection).
    QMimeData *createMimeDataFromSelection() const override;

private:
    void render(const QString &html, const QString &styleSheet, Qt::LayoutDirection direction,
                const QString &language);
    void applyDirection(Qt::LayoutDirection direction);
    void applyFrame();
    /// Images wider than `column` pixels shrink to it.
    void fitImages(int column);
    QImage placeholderImage() const;
    /// The cache file an image reference reads, or empty when it may not be shown.
    QString cacheFileName(const QUrl &name) const;

    QString m_resourceDir;
    QUrl m_server;
    std::function<QImage(const QString &)> m_tileProvider;
    QHash<QString, QImage> m_images; ///< per document: Qt asks for each image several times
    Qt::LayoutDirection m_direction = Qt::LeftToRight;
    bool m_hasImages = false; ///< the page holds images (fitImages has work)
    QString m_language;
    quint64 m_generation = 0;
};

} // namespace integreat::desktop
