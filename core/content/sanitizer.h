#pragma once

#include "core/content/hosts.h" // isAllowedResourceHost

#include <QList>
#include <QString>
#include <QUrl>

namespace integreat::content {

struct SanitizeOptions
{
    /// The CMS base (--server): relative URLs resolve against it and its host counts as an
    /// Integreat host. Empty: https://cms.integreat-app.de.
    QUrl server;
    /// true: images on allowed hosts point at integreat-resource:<file> (the cache file name).
    /// false (what the sync stores): they keep their absolute CMS URL, which the resource cache
    /// downloads and the page view maps to the cached file with resourceFileName(url); either
    /// way nothing is ever fetched while a page is shown.
    bool rewriteImagesToStore = true;
    /// true for content in a right-to-left language (bidi::isRightToLeftLanguage or the API's
    /// `dir`): number runs in text and the text of tel: links become left-to-right isolates
    /// (bidi::isolateNumbers), so phone numbers, times and dates read in their order.
    bool rightToLeft = false;
};

struct SanitizedHtml
{
    QString html;          ///< well-formed, allowlisted HTML for QTextBrowser
    QList<QUrl> resources; ///< absolute URLs of images and linked PDFs/images on allowed hosts
                           ///< (isAllowedResourceHost), deduplicated, in document order
    QList<QUrl> links;     ///< absolute URLs of every kept link (a href, iframe link cards),
                           ///< deduplicated, in document order
};

/// Sanitizes CMS content HTML at sync time, for QTextBrowser (see docs/architecture.md,
/// "Content HTML"). Allowlisted elements stay (others are unwrapped, or dropped with their
/// contents: script, style, form, svg ...); elements hidden by `hidden` or display:none go with
/// their contents; attributes are reduced to a safe set; iframes become link cards
/// (`<p class="link-card"><a href>title or host</a></p>`); details/summary become a heading and
/// the body; images on allowed hosts point at the local store (integreat-resource:), others
/// become their alt text; links keep http(s), mailto and tel only. The output is well-formed,
/// at most 200 elements deep, and sanitizing it again gives the same HTML. Linear time.
/// With `rightToLeft`, numbers are isolated left to right (see SanitizeOptions).
SanitizedHtml sanitize(const QString &html, const SanitizeOptions &options = {});

} // namespace integreat::content
