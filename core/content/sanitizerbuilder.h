#pragma once

#include "core/content/htmltokenizer.h"
#include "core/content/longwords.h"
#include "core/content/sanitizer.h"
#include "core/content/sanitizerpolicy.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QUrl>

// Internal to the sanitizer.
namespace integreat::content {

/// Writes the sanitized output while the tokens stream by, with a stack of open elements.
/// Entries are Kept (written), Transparent (unwrapped: tag not written, children are) or
/// Discard (dropped with everything inside). Every implied-end-tag rule looks only at entries
/// that are not Transparent, so the output, where they are gone, parses back into the same
/// structure: that is what makes sanitizing idempotent.
class SanitizerBuilder final
{
public:
    SanitizerBuilder(const SanitizeOptions &options, qsizetype sizeHint);

    void startTag(const HtmlToken &token);
    void endTag(const QString &tagName);
    void text(const QString &text, bool raw);
    SanitizedHtml finish();

    static constexpr qsizetype MaxKeptDepth = 200;  ///< output elements nested
    static constexpr qsizetype MaxStackDepth = 400; ///< elements being parsed, of any mode
    /// Tables nested in tables: QTextDocument's layout time grows steeply with each level (60
    /// levels never finished), so deeper tables are unwrapped into the enclosing one.
    static constexpr qsizetype MaxTableDepth = 4;

private:
    enum class Mode
    {
        Kept,
        Transparent,
        Discard
    };
    struct Entry
    {
        QString name;
        Mode mode;
        qsizetype isolateFrom = -1; ///< a tel: link in RTL content: where its text starts
    };

    template <typename Target, typename Stop>
    qsizetype findOpen(Target isTarget, Stop isStop, bool matchTransparent = false) const;
    qsizetype topVisible() const;
    void popTo(qsizetype index);
    void push(const QString &name, Mode mode, const policy::Attributes &attributes = {});
    void applyImpliedEnds(const QString &name);
    Mode tableStructureMode(const QString &name);
    bool ensureFlow();
    qsizetype openTables() const; ///< kept tables open on the stack
    void emitStartTag(const QString &name, const policy::Attributes &attributes);
    void handleVoid(const QString &name, const HtmlToken &token);
    void handleImage(const HtmlToken &token);
    void handleIframe(const HtmlToken &token);
    QUrl keptHref(const policy::Attributes &attributes);
    void addLink(const QUrl &url);
    void addResource(const QUrl &url);
    void closeTelLink(qsizetype from);

    QUrl m_server;
    QUrl m_base;
    bool m_rewriteImages = true;
    bool m_rightToLeft = false;
    int m_telLinks = 0; ///< open tel: links whose text is isolated as a whole
    QString m_out;
    QList<Entry> m_stack;
    qsizetype m_kept = 0;
    qsizetype m_discard = 0;
    QHash<QString, int> m_ignored; ///< start tags ignored for depth, by name
    LongWordBreaker m_words;       ///< over-long words get break opportunities
    SanitizedHtml m_result;
    QSet<QUrl> m_seenLinks;
    QSet<QUrl> m_seenResources;
};

} // namespace integreat::content
