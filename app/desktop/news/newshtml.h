#pragma once

#include "core/model/news.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace integreat::desktop {

/// The HTML of a news page for the ContentBrowser: title, date and source, the message with
/// its web addresses, e-mail addresses and phone numbers made into links (local news are
/// plain text), and for external news a link to the original.
class NewsHtml final
{
    Q_DECLARE_TR_FUNCTIONS(integreat::desktop::NewsHtml)

public:
    /// With `rightToLeft` (the content's direction) numbers and phone links are isolates.
    static QString page(const model::NewsItem &item, const QLocale &locale, bool highContrast,
                        bool rightToLeft = false);
    /// Plain text as HTML paragraphs with links for URLs, e-mail addresses and phone numbers;
    /// with `rightToLeft` the numbers in the text and the link texts are left-to-right
    /// isolates (content::bidi).
    static QString linkified(const QString &plainText, bool rightToLeft = false);
    /// "Local news" or the external source's name.
    static QString sourceLabel(const QString &source);
};

} // namespace integreat::desktop
