#include "desktop/pages/pagehtml.h"

#include "core/content/resourcename.h"
#include "desktop/common/theme.h"
#include "desktop/pages/contentbrowser.h"
#include "desktop/pages/tileimage.h"
#include "desktop/presentation/datetext.h"

#include <QColor>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

QString PageHtml::navHref(const QString &path)
{
    QUrl url;
    url.setScheme(QString::fromUtf16(NavScheme));
    url.setPath(path);
    return url.toString(QUrl::FullyEncoded).toHtmlEscaped();
}

namespace {

double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

QColor parseCssColor(const QString &value)
{
    static const QRegularExpression rgb(uR"(^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+))"_s);
    const QString text = value.trimmed().toLower();
    if (const auto match = rgb.match(text); match.hasMatch())
        return QColor(match.captured(1).toInt(), match.captured(2).toInt(),
                      match.captured(3).toInt());
    return QColor::fromString(text);
}

// Keeps a declaration unless it would hurt legibility: in high contrast every colour and
// background goes (the theme's apply); otherwise text colours below 4.5:1 on the page go.
bool keepDeclaration(const QString &name, const QString &value, bool highContrast)
{
    const bool isColor = name == u"color"_s;
    const bool isBackground = name == u"background"_s || name == u"background-color"_s;
    if (highContrast)
        return !isColor && !isBackground;
    if (!isColor)
        return true;
    const QColor color = parseCssColor(value);
    if (!color.isValid())
        return false;
    return PageHtml::contrastRatio(color, Theme::current().surface) >= 4.5;
}

} // namespace

double PageHtml::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString PageHtml::preparedContent(const QString &html, bool highContrast)
{
    static const QRegularExpression styleAttribute(uR"(style\s*=\s*("[^"]*"|'[^']*'))"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
    QString result;
    qsizetype last = 0;
    auto it = styleAttribute.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(html).mid(last, match.capturedStart() - last);
        QString value = match.captured(1);
        const QChar quote = value.front();
        QStringList kept;
        for (const QString &declaration : value.mid(1, value.size() - 2).split(u';')) {
            const qsizetype colon = declaration.indexOf(u':');
            if (colon <= 0)
                continue;
            const QString name = declaration.left(colon).trimmed().toLower();
            if (keepDeclaration(name, declaration.mid(colon + 1), highContrast))
                kept << declaration.trimmed();
        }
        result += u"style="_s + quote + kept.join(u"; "_s) + quote;
        last = match.capturedEnd();
    }
    result += QStringView(html).mid(last);
    return result;
}

QString PageHtml::localDate(const QDateTime &when, const QLocale &locale)
{
    return DateText::date(when.toLocalTime().date(), DateText::localeFor(locale.name()));
}

QString PageHtml::lastUpdatedText(const QDateTime &when, const QLocale &locale)
{
    return when.isValid() ? tr("Last updated on %1").arg(localDate(when, locale)) : QString();
}

QString PageHtml::publishedText(const QDateTime &when, const QLocale &locale)
{
    return when.isValid() ? tr("Published on %1").arg(localDate(when, locale)) : QString();
}

QString PageHtml::page(const model::Page &page, const QList<Child> &children,
                       const Options &options)
{
    QString html = u"<html><body>"_s;
    html += u"<h1>"_s + page.title.toHtmlEscaped() + u"</h1>"_s;
    const QString content = preparedContent(page.content, options.highContrast).trimmed();
    if (!content.isEmpty())
        html += u"<div>"_s + content + u"</div>"_s;
    else if (children.isEmpty())
        html +=
            u"<p class=\"meta\">"_s + tr("This page has no text yet.").toHtmlEscaped() + u"</p>"_s;
    html += offerCards(page.offers, options);
    if (!children.isEmpty())
        html += childList(children);
    html += footer(page, options);
    html += u"</body></html>"_s;
    return html;
}

QString PageHtml::imprint(const model::Page &imprint, const Options &options)
{
    model::Page shown = imprint;
    if (shown.title.trimmed().isEmpty())
        shown.title = tr("Imprint");
    shown.organization.reset();
    shown.offers.clear();
    return page(shown, {}, options);
}

QString PageHtml::childList(const QList<Child> &children)
{
    const Theme &theme = Theme::current();
    const QString rule = u"border-bottom: 1px solid %1;"_s.arg(theme.border.name());
    QString html = u"<table class=\"children\" width=\"100%\" cellspacing=\"0\" "
                   "cellpadding=\"10\">"_s;
    for (const Child &child : children) {
        QUrl tile;
        tile.setScheme(QString::fromUtf16(ContentBrowser::TileScheme));
        tile.setPath(child.page.path);
        html += u"<tr><td width=\"56\" valign=\"middle\" style=\"%1\">"_s.arg(rule);
        html += u"<img src=\""_s + tile.toString(QUrl::FullyEncoded).toHtmlEscaped() +
                u"\" width=\"40\" height=\"40\"></td>"_s;
        html += u"<td valign=\"middle\" style=\"%1\">"_s.arg(rule);
        html += u"<a href=\""_s + navHref(child.page.path) +
                u"\" style=\"text-decoration: none; color: %1;\"><b>"_s.arg(theme.text.name()) +
                child.page.title.toHtmlEscaped() + u"</b></a>"_s;
        if (!child.children.isEmpty()) {
            QStringList links;
            for (const model::Page &grandChild : child.children) {
                links << u"<a href=\""_s + navHref(grandChild.path) + u"\">"_s +
                             grandChild.title.toHtmlEscaped() + u"</a>"_s;
            }
            html += u"<br><span style=\"color: %1;\">"_s.arg(theme.textMuted.name()) +
                    links.join(u" · "_s) + u"</span>"_s;
        }
        html += u"</td></tr>"_s;
    }
    html += u"</table>"_s;
    return html;
}

QString PageHtml::offerCards(const QList<model::Offer> &offers, const Options &options)
{
    const Theme &theme = Theme::current();
    QString rows;
    for (qsizetype i = 0; i < offers.size(); ++i) {
        const model::Offer &offer = offers.at(i);
        if (!offer.isZammadForm() && offer.url.isEmpty())
            continue;
        QUrl link;
        link.setScheme(QString::fromUtf16(OfferScheme));
        link.setPath(QString::number(i));
        const QString href = link.toString(QUrl::FullyEncoded).toHtmlEscaped();
        rows += u"<tr><td width=\"64\" valign=\"middle\">"_s;
        if (const QString file = TileImage::cachedFile(offer.thumbnail, options.resourceDir);
            !file.isEmpty()) {
            rows += u"<a href=\""_s + href + u"\"><img src=\""_s +
                    content::localResourceUrl(QUrl(offer.thumbnail)).toString().toHtmlEscaped() +
                    u"\" width=\"48\" height=\"48\"></a>"_s;
        }
        rows += u"</td><td valign=\"middle\"><a href=\""_s + href +
                u"\" style=\"text-decoration: none; color: %1;\"><b>"_s.arg(theme.text.name()) +
                offer.name.toHtmlEscaped() +
                u"</b></a><br><span style=\"color: %1;\">"_s.arg(theme.textMuted.name()) +
                (offer.isZammadForm() ? tr("Contact form: write to the town's team")
                                      : tr("Online offer: opens in your browser"))
                    .toHtmlEscaped() +
                u"</span></td></tr>"_s;
    }
    if (rows.isEmpty())
        return {};
    return u"<table class=\"offers\" width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" "
           u"style=\"border: 1px solid %1; margin-top: 12px;\">"_s.arg(theme.border.name()) +
           rows + u"</table>"_s;
}

QString PageHtml::footer(const model::Page &page, const Options &options)
{
    QString html;
    const QString updated = lastUpdatedText(page.lastUpdated, options.uiLocale);
    if (updated.isEmpty() && !page.organization)
        return html;
    html += u"<p>&nbsp;</p><hr>"_s;
    if (!updated.isEmpty())
        html += u"<p class=\"meta\">"_s + updated.toHtmlEscaped() + u"</p>"_s;
    if (page.organization && !page.organization->name.trimmed().isEmpty()) {
        const model::Organization &org = *page.organization;
        QString logo;
        if (const QString file = TileImage::cachedFile(org.logoUrl, options.resourceDir);
            !file.isEmpty()) {
            logo = u"<img src=\""_s +
                   content::localResourceUrl(QUrl(org.logoUrl)).toString().toHtmlEscaped() +
                   u"\" height=\"28\">&nbsp;&nbsp;"_s;
        }
        QString name = org.name.toHtmlEscaped();
        const QUrl website(org.website);
        if (website.isValid() && (website.scheme() == u"https"_s || website.scheme() == u"http"_s))
            name = u"<a href=\""_s + website.toString(QUrl::FullyEncoded).toHtmlEscaped() +
                   u"\">"_s + name + u"</a>"_s;
        html += u"<p class=\"meta\">"_s + logo +
                tr("This page is provided by %1").toHtmlEscaped().arg(name) + u"</p>"_s;
    }
    return html;
}

} // namespace integreat::desktop
