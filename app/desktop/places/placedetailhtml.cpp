#include "desktop/places/placedetailhtml.h"

#include "core/content/bidi.h"
#include "core/geo/openinghours.h"
#include "core/geo/placetext.h"
#include "desktop/pages/pagehtml.h"
#include "desktop/presentation/datetext.h"

#include <QColor>
#include <cmath>

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// Whether `colour` reaches 3:1 against the light theme's white page.
bool standsOut(const QColor &colour)
{
    if (!colour.isValid())
        return false;
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double luminance = 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
                             0.0722 * channel(colour.blueF());
    return (1.0 + 0.05) / (luminance + 0.05) >= 3.0;
}

QString link(const QString &href, const QString &text)
{
    return u"<a href=\""_s + esc(href) + u"\">"_s + esc(text) + u"</a>"_s;
}

/// The padding between a table's first column and the next one, on the side they meet.
QString gap(bool rightToLeft, int px)
{
    return (rightToLeft ? u"padding-left:"_s : u"padding-right:"_s) + QString::number(px) + u"px"_s;
}

/// A table row whose first cell (a label, a day's name) sits at the start of the content's
/// direction: Qt's tables do not mirror by themselves, so in RTL the cells come in reverse.
QString row(const QString &firstHtml, const QString &secondHtml, bool rightToLeft, int gapPx)
{
    const QString first = u"<td style=\"white-space:nowrap; "_s + gap(rightToLeft, gapPx) +
                          u"\">"_s + firstHtml + u"</td>"_s;
    // In RTL the table spans the column (tableStart) and this cell takes the room left of the
    // first one, so its text starts right beside it.
    const QString second =
        (rightToLeft ? u"<td width=\"100%\">"_s : u"<td>"_s) + secondHtml + u"</td>"_s;
    return u"<tr>"_s + (rightToLeft ? second + first : first + second) + u"</tr>"_s;
}

QString labelRow(const QString &label, const QString &valueHtml, bool rightToLeft)
{
    return row(u"<span class=\"muted\">"_s + esc(label) + u"</span>"_s, valueHtml, rightToLeft, 12);
}

/// A table's start tag; in RTL it spans the column, so that its first cell (see row()) stands
/// at the right, where the text starts (a floating align="right" table would let text flow
/// beside it).
QString tableStart(bool rightToLeft)
{
    return rightToLeft ? u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"_s
                       : u"<table cellspacing=\"0\" cellpadding=\"2\">"_s;
}

/// Text from the content or the UI in a right-to-left page: its numbers as isolates.
QString shown(const QString &text, bool rightToLeft)
{
    return rightToLeft ? content::bidi::isolateNumbers(text) : text;
}
} // namespace

QString PlaceDetailHtml::distanceText(double km)
{
    return tr("%1 km away").arg(QString::number(km, 'f', 1));
}

QString PlaceDetailHtml::dayText(const model::DayHours &day, bool rightToLeft)
{
    if (day.allDay)
        return tr("Open all day");
    if (day.closed || day.timeSlots.isEmpty())
        return tr("Closed");
    QStringList ranges;
    for (const model::TimeSlot &slot : day.timeSlots) {
        // A word joiner after the dash: a narrow column wraps between ranges, never inside one
        // ("14:00–" at the end of a line and "18:00" on the next).
        const QString range = slot.start + u"\u2013\u2060"_s + slot.end;
        ranges << (rightToLeft ? content::bidi::isolated(range) : range);
    }
    // Arabic-script languages separate with the Arabic comma.
    return ranges.join(rightToLeft ? u"\u060C "_s : u", "_s);
}

QString PlaceDetailHtml::stateText(const model::Place &place, const Options &options)
{
    switch (geo::hours::stateAt(place, options.now, options.zone)) {
    case geo::hours::State::Open:
        return tr("Open now");
    case geo::hours::State::Closed:
        return tr("Closed now");
    case geo::hours::State::TemporarilyClosed:
        return tr("Temporarily closed");
    case geo::hours::State::AppointmentOnly:
        return tr("Only with an appointment");
    case geo::hours::State::Unknown:
        break;
    }
    return {};
}

QString PlaceDetailHtml::openingHours(const model::OpeningHours &hours, const Options &options)
{
    if (!geo::hours::isComplete(hours))
        return {};
    const int today = geo::hours::weekdayIndex(options.now, options.zone);
    const bool rtl = options.rightToLeft;
    QString html = tableStart(rtl);
    for (int i = 0; i < 7; ++i) {
        const model::DayHours &day = hours.at(i);
        QString text;
        if (day.appointmentOnly && !day.allDay && day.timeSlots.isEmpty())
            text = esc(tr("Only with an appointment"));
        else if (day.appointmentOnly)
            text = esc(dayText(day, rtl)) + u" <span class=\"muted\">("_s +
                   esc(tr("with an appointment")) + u")</span>"_s;
        else
            text = esc(dayText(day, rtl));
        const QString name = esc(options.uiLocale.dayName(i + 1, QLocale::LongFormat));
        const auto bold = [&](const QString &cellHtml) {
            return i == today ? u"<b>"_s + cellHtml + u"</b>"_s : cellHtml;
        };
        html += row(bold(name), bold(text), rtl, 16);
    }
    html += u"</table>"_s;
    return html;
}

QString PlaceDetailHtml::detail(const model::Place &place, const QList<model::Event> &events,
                                const Options &options)
{
    const bool rtl = options.rightToLeft;
    QString html;
    html += u"<h1>"_s + esc(shown(place.title, rtl)) + u"</h1>"_s;
    QStringList facts;
    if (options.distanceKm)
        facts << esc(shown(distanceText(*options.distanceKm), rtl));
    // The dot in the category's colour (as its pins) where that stands out from the page
    // (WCAG 1.4.11, 3:1), else in the text's.
    if (place.category && !place.category->name.isEmpty())
        facts << (options.highContrast || !standsOut(QColor(place.category->color))
                      ? u"\u25CF "_s
                      : u"<span style=\"color:"_s + esc(place.category->color) +
                            u"\">\u25CF</span> "_s) +
                     esc(shown(place.category->name, rtl));
    if (place.organization && !place.organization->name.isEmpty()) {
        const QString name = shown(place.organization->name, rtl);
        facts << (place.organization->website.isEmpty() ? esc(name)
                                                        : link(place.organization->website, name));
    }
    if (place.barrierFree)
        facts << esc(*place.barrierFree ? tr("\u2713 Barrier-free")
                                        : tr("\u2717 Not barrier-free"));
    if (!facts.isEmpty())
        html += u"<p>"_s + facts.join(u" &nbsp;·&nbsp; "_s) + u"</p>"_s;

    const QString state = stateText(place, options);
    const auto st = geo::hours::stateAt(place, options.now, options.zone);
    if (!state.isEmpty()) {
        const QString colour = st == geo::hours::State::Open ? u"#1b7a2f"_s : u"#b3261e"_s;
        html += u"<p><b style=\"color:"_s + (options.highContrast ? QString() : colour) + u"\">"_s +
                esc(state) + u"</b></p>"_s;
    }

    if (!place.address.isEmpty()) {
        html += u"<h2>"_s + esc(tr("Address")) + u"</h2><p>"_s;
        model::Address address = place.address;
        if (address.name == place.title)
            address.name.clear(); // the heading says it
        QStringList lines;
        for (const QString &line : geo::addressLines(address, rtl))
            lines << esc(line);
        html += lines.join(u"<br>"_s);
        html += u"<br>"_s + link(QString::fromUtf16(NavigateHref), tr("Navigate (opens a map)")) +
                u"</p>"_s;
    }

    const QString week = openingHours(place.openingHours, options);
    if (!week.isEmpty() || !place.appointmentUrl.isEmpty()) {
        html += u"<h2>"_s + esc(tr("Opening hours")) + u"</h2>"_s + week;
        if (!place.appointmentUrl.isEmpty())
            html += u"<p>"_s + link(place.appointmentUrl, tr("Make an appointment")) + u"</p>"_s;
    }

    if (!place.contacts.isEmpty()) {
        html += u"<h2>"_s + esc(tr("Contacts")) + u"</h2>"_s;
        for (const model::Contact &contact : place.contacts) {
            const QString headline = geo::contactHeadline(contact);
            html += u"<h3>"_s +
                    esc(shown(headline.isEmpty() ? tr("Contact information") : headline, rtl)) +
                    u"</h3>"_s + tableStart(rtl);
            const auto value = [rtl](const QString &text) {
                return geo::contactText(text, rtl);
            };
            if (!contact.phone.isEmpty())
                html += labelRow(tr("Phone"), link(u"tel:"_s + contact.phone, value(contact.phone)),
                                 rtl);
            if (!contact.mobile.isEmpty())
                html += labelRow(tr("Mobile"),
                                 link(u"tel:"_s + contact.mobile, value(contact.mobile)), rtl);
            if (!contact.email.isEmpty())
                html += labelRow(tr("Email"),
                                 link(u"mailto:"_s + contact.email, value(contact.email)), rtl);
            if (!contact.website.isEmpty())
                html += labelRow(tr("Website"), link(contact.website, value(contact.website)), rtl);
            if (!contact.appointmentUrl.isEmpty())
                html += labelRow(tr("Appointment"),
                                 link(contact.appointmentUrl, tr("Make an appointment")), rtl);
            html += u"</table>"_s;
            const QString hours = openingHours(contact.openingHours, options);
            if (!hours.isEmpty())
                html += u"<p><i>"_s + esc(tr("Office hours")) + u"</i></p>"_s + hours;
        }
    }

    if (!place.content.trimmed().isEmpty()) {
        html += u"<h2>"_s + esc(tr("About this place")) + u"</h2>"_s +
                PageHtml::preparedContent(place.content, options.highContrast);
    }

    if (!events.isEmpty()) {
        html += u"<h2>"_s + esc(tr("Events here")) + u"</h2><ul>"_s;
        for (const model::Event &event : events) {
            const QDateTime start = event.start.toTimeZone(options.zone);
            const QLocale locale = DateText::localeFor(options.uiLocale.name());
            const QString when = DateText::date(start.date(), locale) + u", "_s +
                                 DateText::time(start.time(), locale);
            html += u"<li>"_s + esc(shown(event.title, rtl)) + u" <span class=\"muted\">("_s +
                    esc(shown(when, rtl)) + u")</span></li>"_s;
        }
        html += u"</ul>"_s;
    }
    return html;
}

} // namespace integreat::desktop
