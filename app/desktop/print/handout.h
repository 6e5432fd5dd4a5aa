#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <memory>

class QPagedPaintDevice;
class QTextCursor;
class QTextDocument;

namespace integreat::print {

/// A printable handout: one language, or two side by side (German | the client's language),
/// each column in its own direction, as one block or as rows that line up across the columns. Every
/// printed page carries the town's name, the date printed, "last updated" and the source link of
/// each column. Renders with QTextDocument on any QPagedPaintDevice (QPdfWriter, QPrinter): no
/// browser engine; Qt embeds the fonts.
class Handout final
{
    Q_DECLARE_TR_FUNCTIONS(integreat::print::Handout)

public:
    struct Column
    {
        QString language;     ///< code: de, ar
        QString languageName; ///< Deutsch, العربية
        bool rightToLeft = false;
        QString bodyHtml; ///< from HandoutHtml
        /// Instead of bodyHtml: blocks that line up with the other column's, one table row
        /// each (a week's title, day headings and events beside their translations).
        QStringList rowsHtml;
        QDateTime lastUpdated;
        QUrl sourceUrl; ///< https://integreat.app/{region}/{language}/…
    };

    struct Spec
    {
        QString regionName;
        QDate printed;
        QString resourceDir;   ///< <data-dir>/resources: images come only from here
        QList<Column> columns; ///< 1 or 2
    };

    explicit Handout(Spec spec);
    ~Handout();
    Q_DISABLE_COPY_MOVE(Handout)

    /// The document of the content (without header and footer), laid out for `device` when
    /// given. The caller must not outlive the handout.
    QTextDocument *document() const { return m_document.get(); }

    /// Paints every page on `device` (already begun devices are not supported: pass a fresh
    /// QPdfWriter or QPrinter). Returns the number of pages, 0 when painting failed.
    int paint(QPagedPaintDevice *device) const;
    /// Writes an A4 PDF. On failure returns false with a sentence in `error`.
    bool writePdf(const QString &fileName, QString *error) const;

    /// "Printed on 7 December 2026"; "Last updated on …" lines; the source lines.
    QStringList footerLines() const;
    QString headerText() const;

    /// https://integreat.app + the item's path (percent-encoded as needed).
    static QUrl webUrl(const QString &path);

private:
    void build();
    void insertHtml(QTextCursor &cursor, const QString &html, bool rightToLeft) const;
    void loadImages(const QString &html) const;

    Spec m_spec;
    std::unique_ptr<QTextDocument> m_document;
};

} // namespace integreat::print
