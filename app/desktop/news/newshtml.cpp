#include "desktop/news/newshtml.h"

#include "core/content/bidi.h"
#include "desktop/pages/pagehtml.h"
#include "desktop/presentation/datetext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

QString NewsHtml::sourceLabel(const QString &source)
{
    if (source.isEmpty() || source == u"local"_s)
        return tr("Local news");
    if (source == u"tunews"_s)
        return u"tünews international"_s;
    return source;
}

QString NewsHtml::linkified(const QString &plainText, bool rightToLeft)
{
    const auto text = [rightToLeft](const QString &plain) {
        return (rightToLeft ? content::bidi::isolateNumbers(plain) : plain).toHtmlEscaped();
    };
    // URLs (http, https, www.), e-mail addresses and phone numbers (+49 … or 0… with at least
    // six digits), as the official app links them in local news.
    static const QRegularExpression links(
        uR"((https?://[^\s<>"]+[^\s<>".,;:!?)\]])|(www\.[^\s<>"]+[^\s<>".,;:!?)\]])|([\w.+-]+@[\w-]+(?:\.[\w-]+)+)|((?:\+|\b0)\d[\d /-]{5,}\d))"_s);
    QString html;
    const QStringList paragraphs =
        plainText.split(QRegularExpression(u"\\n\\s*\\n"_s), Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs) {
        QString out;
        qsizetype last = 0;
        auto it = links.globalMatch(paragraph);
        while (it.hasNext()) {
            const auto m = it.next();
            out += text(paragraph.mid(last, m.capturedStart() - last));
            const QString linkText = m.captured();
            QString href;
            if (!m.captured(1).isEmpty())
                href = linkText;
            else if (!m.captured(2).isEmpty())
                href = u"https://"_s + linkText;
            else if (!m.captured(3).isEmpty())
                href = u"mailto:"_s + linkText;
            else
                href = u"tel:"_s + QString(linkText).remove(QRegularExpression(u"[ /-]"_s));
            const QString shown = rightToLeft ? content::bidi::isolated(linkText) : linkText;
            out += u"<a href=\""_s + href.toHtmlEscaped() + u"\">"_s + shown.toHtmlEscaped() +
                   u"</a>"_s;
            last = m.capturedEnd();
        }
        out += text(paragraph.mid(last));
        out.replace(u'\n', u"<br>"_s);
        html += u"<p>"_s + out + u"</p>"_s;
    }
    return html;
}

QString NewsHtml::page(const model::NewsItem &item, const QLocale &locale, bool highContrast,
                       bool rightToLeft)
{
    const auto shown = [rightToLeft](const QString &text) {
        return (rightToLeft ? content::bidi::isolateNumbers(text) : text).toHtmlEscaped();
    };
    const QDateTime date = item.shownDate();
    QString html = u"<html><body><h1>"_s + shown(item.title) + u"</h1>"_s;
    html += u"<p class=\"meta\">"_s +
            shown(DateText::date(date.toLocalTime().date(), DateText::localeFor(locale.name()))) +
            u" · "_s + sourceLabel(item.source).toHtmlEscaped() + u"</p>"_s;
    const bool local = item.source.isEmpty() || item.source == u"local"_s;
    html += local ? linkified(item.content, rightToLeft)
                  : PageHtml::preparedContent(item.content, highContrast);
    if (!item.externalUrl.isEmpty()) {
        html += u"<p><a href=\""_s + item.externalUrl.toHtmlEscaped() + u"\">"_s +
                tr("Read the original").toHtmlEscaped() + u"</a></p>"_s;
    }
    return html + u"</body></html>"_s;
}

} // namespace integreat::desktop
