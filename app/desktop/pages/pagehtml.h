#pragma once

#include "core/model/page.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace integreat::desktop {

/// Builds the HTML document of a page for the ContentBrowser: title, the (sanitized) content,
/// the list of child pages with their own children, and the footer (last update, the
/// organization behind the content). Links the app generates use the integreat-nav: scheme.
class PageHtml final
{
    Q_DECLARE_TR_FUNCTIONS(integreat::desktop::PageHtml)

public:
    static constexpr char16_t NavScheme[] = u"integreat-nav";
    /// integreat-offer:<n>: the n-th of the page's embedded offers (model::Page::offers).
    static constexpr char16_t OfferScheme[] = u"integreat-offer";

    struct Child
    {
        model::Page page;
        QList<model::Page> children;
    };

    struct Options
    {
        QString resourceDir; ///< for the organization logo when it is cached
        QLocale uiLocale;    ///< dates under the content
        bool highContrast = false;
    };

    static QString page(const model::Page &page, const QList<Child> &children,
                        const Options &options);
    static QString imprint(const model::Page &imprint, const Options &options);

    /// integreat-nav:<path>: a link to a page of the current region.
    static QString navHref(const QString &path);
    /// Content as shown: inline text colours that would be hard to read on the page (below
    /// 4.5:1, WCAG AA) are removed; in high contrast every inline colour and background is, so
    /// the theme's colours apply.
    static QString preparedContent(const QString &html, bool highContrast);
    /// WCAG contrast ratio of two colours (1–21).
    static double contrastRatio(const QColor &a, const QColor &b);
    /// "Last updated on 20 March 2020" in the UI language; empty for an invalid date.
    static QString lastUpdatedText(const QDateTime &when, const QLocale &locale);
    /// "Published on 20 March 2020" in the UI language; empty for an invalid date.
    static QString publishedText(const QDateTime &when, const QLocale &locale);

private:
    static QString localDate(const QDateTime &when, const QLocale &locale);
    static QString childList(const QList<Child> &children);
    /// Cards for the embedded offers (a link, a posted form, the Zammad contact form), with the
    /// thumbnail where the resource cache has it.
    static QString offerCards(const QList<model::Offer> &offers, const Options &options);
    static QString footer(const model::Page &page, const Options &options);
};

} // namespace integreat::desktop
