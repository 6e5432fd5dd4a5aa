#include "places/placedetailhtml.h"
#include "app/datetext.h"

#include "geo/openinghours.h"
#include "geo/placetext.h"
#include "pages/pagehtml.h"

using namespace Qt::StringLiterals;

namespace integreat::desktop {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString link(const QString &href, const QString &text)
{
    return u"<a href=\""_s + esc(href) + u"\">"_s + esc(text) + u"</a>"_s;
}

QString row(const QString &label, const QString &valueHtml)
{
    return u"<tr><td style=\"padding-right:12px; color:#555\">"_s + esc(label)
           + u"</td><td>"_s + valueHtml + u"</td></tr>"_s;
}
} // namespace

QString PlaceDetailHtml::distanceText(double km)
{
    return tr("%1 km away").arg(QString::number(km, 'f', 1));
}

QString PlaceDetailHtml::dayText(const model::DayHours &day)
{
    if (day.allDay)
        return tr("Open all day");
    if (day.closed || day.timeSlots.isEmpty())
        return tr("Closed");
    QStringList ranges;
    for (const model::TimeSlot &slot : day.timeSlots)
        ranges << slot.start + u"\u2013"_s + slot.end;
    return ranges.join(u", "_s);
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
    QString html = u"<table cellspacing=\"0\" cellpadding=\"2\">"_s;
    for (int i = 0; i < 7; ++i) {
        const model::DayHours &day = hours.at(i);
        QString text;
        if (day.appointmentOnly && !day.allDay && day.timeSlots.isEmpty())
            text = esc(tr("Only with an appointment"));
        else if (day.appointmentOnly)
            text = esc(dayText(day)) + u" <span style=\"color:#555\">("_s
                   + esc(tr("with an appointment")) + u")</span>"_s;
        else
            text = esc(dayText(day));
        const QString name = esc(options.uiLocale.dayName(i + 1, QLocale::LongFormat));
        const bool bold = i == today;
        html += u"<tr><td style=\"padding-right:16px\">"_s + (bold ? u"<b>"_s : QString()) + name
                + (bold ? u"</b>"_s : QString()) + u"</td><td>"_s + (bold ? u"<b>"_s : QString())
                + text + (bold ? u"</b>"_s : QString()) + u"</td></tr>"_s;
    }
    html += u"</table>"_s;
    return html;
}

QString PlaceDetailHtml::detail(const model::Place &place, const QList<model::Event> &events,
                                const Options &options)
{
    QString html;
    html += u"<h1>"_s + esc(place.title) + u"</h1>"_s;
    QStringList facts;
    if (options.distanceKm)
        facts << esc(distanceText(*options.distanceKm));
    if (place.category && !place.category->name.isEmpty())
        facts << u"<span style=\"color:"_s + esc(place.category->color) + u"\">\u25CF</span> "_s
                     + esc(place.category->name);
    if (place.organization && !place.organization->name.isEmpty()) {
        facts << (place.organization->website.isEmpty()
                      ? esc(place.organization->name)
                      : link(place.organization->website, place.organization->name));
    }
    if (place.barrierFree)
        facts << esc(*place.barrierFree ? tr("\u2713 Barrier-free") : tr("\u2717 Not barrier-free"));
    if (!facts.isEmpty())
        html += u"<p>"_s + facts.join(u" &nbsp;·&nbsp; "_s) + u"</p>"_s;

    const QString state = stateText(place, options);
    const auto st = geo::hours::stateAt(place, options.now, options.zone);
    if (!state.isEmpty()) {
        const QString colour = st == geo::hours::State::Open ? u"#1b7a2f"_s : u"#b3261e"_s;
        html += u"<p><b style=\"color:"_s + (options.highContrast ? QString() : colour) + u"\">"_s
                + esc(state) + u"</b></p>"_s;
    }

    if (!place.address.isEmpty()) {
        html += u"<h2>"_s + esc(tr("Address")) + u"</h2><p>"_s;
        QStringList lines;
        if (!place.address.name.isEmpty() && place.address.name != place.title)
            lines << esc(place.address.name);
        if (!place.address.street.isEmpty())
            lines << esc(place.address.street);
        const QString town = QStringList{place.address.postcode, place.address.town}.join(u' ').trimmed();
        if (!town.isEmpty())
            lines << esc(town);
        html += lines.join(u"<br>"_s);
        html += u"<br>"_s + link(QString::fromUtf16(NavigateHref), tr("Navigate (opens a map)"))
                + u"</p>"_s;
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
            html += u"<h3>"_s + esc(headline.isEmpty() ? tr("Contact information") : headline)
                    + u"</h3><table cellspacing=\"0\" cellpadding=\"2\">"_s;
            if (!contact.phone.isEmpty())
                html += row(tr("Phone"), link(u"tel:"_s + contact.phone, contact.phone));
            if (!contact.mobile.isEmpty())
                html += row(tr("Mobile"), link(u"tel:"_s + contact.mobile, contact.mobile));
            if (!contact.email.isEmpty())
                html += row(tr("Email"), link(u"mailto:"_s + contact.email, contact.email));
            if (!contact.website.isEmpty())
                html += row(tr("Website"), link(contact.website, contact.website));
            if (!contact.appointmentUrl.isEmpty())
                html += row(tr("Appointment"), link(contact.appointmentUrl, tr("Make an appointment")));
            html += u"</table>"_s;
            const QString hours = openingHours(contact.openingHours, options);
            if (!hours.isEmpty())
                html += u"<p><i>"_s + esc(tr("Office hours")) + u"</i></p>"_s + hours;
        }
    }

    if (!place.content.trimmed().isEmpty()) {
        html += u"<h2>"_s + esc(tr("About this place")) + u"</h2>"_s
                + PageHtml::preparedContent(place.content, options.highContrast);
    }

    if (!events.isEmpty()) {
        html += u"<h2>"_s + esc(tr("Events here")) + u"</h2><ul>"_s;
        for (const model::Event &event : events) {
            const QDateTime start = event.start.toTimeZone(options.zone);
            const QString when =
                DateText::date(start.date(), DateText::localeFor(options.uiLocale.name())) +
                u", "_s + DateText::time(start.time(), DateText::localeFor(options.uiLocale.name()));
            html += u"<li>"_s + esc(event.title) + u" <span style=\"color:#555\">("_s + esc(when)
                    + u")</span></li>"_s;
        }
        html += u"</ul>"_s;
    }
    return html;
}

} // namespace integreat::desktop
