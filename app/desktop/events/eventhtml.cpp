#include "desktop/events/eventhtml.h"

#include "core/content/bidi.h"
#include "core/geo/placetext.h"
#include "desktop/pages/pagehtml.h"
#include "desktop/presentation/eventdatetext.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString link(const QUrl &url, const QString &text)
{
    return u"<a href=\""_s + esc(QString::fromUtf8(url.toEncoded())) + u"\">"_s + esc(text) +
           u"</a>"_s;
}

/// Text in a right-to-left page: its numbers as isolates (content::bidi).
QString shown(const QString &text, bool rightToLeft)
{
    return rightToLeft ? content::bidi::isolateNumbers(text) : text;
}

} // namespace

QString EventHtml::addressLine(const model::Event &event, bool rightToLeft)
{
    if (!event.location || event.location->isEmpty())
        return {};
    model::Address a = *event.location;
    a.name = a.name.trimmed();
    a.street = a.street.trimmed();
    if (a.street == a.name)
        a.street.clear();
    QStringList parts;
    for (const QString &part : geo::addressLines(a, rightToLeft)) {
        if (!parts.contains(part))
            parts << part;
    }
    return parts.join(u", "_s);
}

QUrl EventHtml::mapUrl(const model::Event &event)
{
    if (!event.location || event.location->isEmpty())
        return {};
    const model::Address &a = *event.location;
    QUrl url(u"https://www.openstreetmap.org/"_s);
    QUrlQuery query;
    if (a.latitude && a.longitude) {
        const QString lat = QString::number(*a.latitude, 'f', 6);
        const QString lon = QString::number(*a.longitude, 'f', 6);
        query.addQueryItem(u"mlat"_s, lat);
        query.addQueryItem(u"mlon"_s, lon);
        url.setFragment(u"map=18/"_s + lat + u'/' + lon);
    } else {
        url.setPath(u"/search"_s);
        query.addQueryItem(u"query"_s,
                           QStringList{a.street, a.postcode, a.town}.join(u' ').simplified());
    }
    url.setQuery(query);
    return url;
}

QString EventHtml::page(const model::Event &event, const std::optional<events::Occurrence> &date,
                        const QList<events::Occurrence> &moreDates, const Options &options)
{
    const bool rtl = options.rightToLeft;
    QString html = u"<html><body><h1>"_s + esc(shown(event.title, rtl)) + u"</h1>"_s;
    const QString dateLine =
        date ? shown(EventDateText::dateLine(*date, options.locale), rtl) : tr("Loading dates…");
    html += u"<p class=\"event-date\"><b>"_s + esc(dateLine) + u"</b>"_s;
    const QString rule = EventDateText::ruleLine(event, options.locale);
    for (const QString &line : rule.split(u'\n', Qt::SkipEmptyParts))
        html += u"<br>"_s + esc(shown(line, rtl));
    html += u"</p>"_s;

    const QString address = addressLine(event, rtl);
    if (!address.isEmpty()) {
        html += u"<p class=\"event-address\">"_s + esc(tr("Address:")) + u' ' +
                link(mapUrl(event), address) + u"</p>"_s;
    }
    if (!event.meetingUrl.isEmpty()) {
        const QUrl meeting(event.meetingUrl);
        html += u"<p class=\"event-meeting\">"_s + esc(tr("Online meeting:")) + u' ' +
                link(meeting, event.meetingUrl) + u"</p>"_s;
    }
    if (!moreDates.isEmpty()) {
        html += u"<h3>"_s + esc(tr("More dates")) + u"</h3><ul>"_s;
        for (const events::Occurrence &more : moreDates)
            html += u"<li>"_s + esc(shown(EventDateText::shortDate(more, options.locale), rtl)) +
                    u"</li>"_s;
        html += u"</ul>"_s;
    }
    html += u"<div class=\"content\">"_s +
            PageHtml::preparedContent(event.content, options.highContrast) + u"</div>"_s;
    // The publication date where the CMS sends it (2026.9), else the last update.
    const QString updated = event.publishedAt.isValid()
                                ? PageHtml::publishedText(event.publishedAt, options.locale)
                                : PageHtml::lastUpdatedText(event.lastUpdated, options.locale);
    if (!updated.isEmpty())
        html += u"<p class=\"last-updated\">"_s + esc(shown(updated, rtl)) + u"</p>"_s;
    return html + u"</body></html>"_s;
}

} // namespace integreat::desktop
