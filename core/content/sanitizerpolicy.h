#pragma once

#include <QList>
#include <QString>
#include <QUrl>
#include <utility>

// Internal to the sanitizer: which elements and attributes survive, and in what form.
namespace integreat::content::policy {

using Attributes = QList<std::pair<QString, QString>>;

enum class Action
{
    Keep,   ///< allowlisted (maybe under another name: section -> div, summary -> h3 ...)
    Unwrap, ///< the tag goes, its children stay
    Drop,   ///< the element goes with everything inside it
};

struct ElementRule
{
    Action action = Action::Unwrap;
    QString name; ///< the name in the output (Keep) or the element's own name
};

/// What happens to an element, by its (lower-case) tag name.
ElementRule elementRule(const QString &name);
/// Elements without contents or end tag (br, img, hr, input, meta ...).
bool isVoidElement(QStringView name);
/// Start tags that close an open <p> (HTML's "close a p element" rule).
bool closesParagraph(QStringView name);
bool isHeading(QStringView name);
/// Elements a <li>/<dd>/<dt> start tag does not look through when closing an open one.
bool stopsListItemSearch(QStringView name);

/// Whether the element is hidden: the `hidden` attribute, or `display: none` /
/// `visibility: hidden` in its style (any spacing, case, `!important`).
bool isHidden(const Attributes &attributes);
/// The style reduced to a few harmless declarations (text-align, font-weight, font-style,
/// text-decoration, plain colours), written `prop:value;prop:value`; empty when nothing is left
/// or the style has url(, expression, @import, escapes or comments.
QString filterStyle(const QString &style);
/// The global and element-specific attributes that survive (dir, lang, title, class, style;
/// img alt/width; td/th colspan/rowspan), in source order, values cleaned. href and src are the
/// caller's business.
Attributes filterAttributes(QStringView element, const Attributes &attributes);
QString attribute(const Attributes &attributes, QStringView name);

/// Attribute text for alt and title: control characters and whitespace runs become one space,
/// leading ones dropped, a trailing one kept; at most `maxLength` characters.
QString cleanText(const QString &value, qsizetype maxLength);

/// A URL from an attribute value: tabs and line breaks removed (browsers ignore them), control
/// characters and spaces trimmed, parsed tolerantly, resolved against `base` when relative.
/// Invalid or empty: an empty QUrl.
QUrl resolveUrl(const QString &value, const QUrl &base);

/// Appends `text` HTML-escaped (& < >, and " when `inAttribute`), with CR LF and CR turned into
/// LF and control characters other than tab and LF removed.
void appendEscaped(QString &out, QStringView text, bool inAttribute = false);

} // namespace integreat::content::policy
