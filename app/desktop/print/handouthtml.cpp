#include "desktop/print/handouthtml.h"

#include "core/geo/openinghours.h"
#include "core/geo/placetext.h"
#include "desktop/presentation/datetext.h"

#include <QRegularExpression>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace integreat::print {

namespace {

constexpr char16_t Lri = 0x2066; // LEFT-TO-RIGHT ISOLATE
constexpr char16_t Pdi = 0x2069; // POP DIRECTIONAL ISOLATE

QString escaped(const QString &text)
{
    return HandoutHtml::isolateNumbers(text.toHtmlEscaped());
}

QString heading(const QString &title)
{
    return u"<h1>"_s + escaped(title) + u"</h1>"_s;
}

QString dateText(const QDateTime &when, bool allDay, const QLocale &contentLocale)
{
    // The column's day and month names with Latin digits, as DateText writes them everywhere.
    const QLocale locale = desktop::DateText::localeFor(contentLocale.name());
    const QString day = desktop::DateText::longDate(when.date(), locale);
    return allDay ? day : day + u", "_s + desktop::DateText::time(when.time(), locale);
}

} // namespace

QString HandoutHtml::isolateNumbers(const QString &html)
{
    // A number: an optional leading +, digits, single separators between digits. Entities
    // (&#1234;) are matched first so that their digits stay untouched.
    static const QRegularExpression number(
        uR"((&#?[0-9A-Za-z]+;)|(?:\+\s?)?\d(?:\d|[ .:/\-–](?=\d))*)"_s);
    QString result;
    result.reserve(html.size() + 16);
    qsizetype pos = 0;
    while (pos < html.size()) {
        const qsizetype tag = html.indexOf(u'<', pos);
        const qsizetype textEnd = tag < 0 ? html.size() : tag;
        const QString text = html.mid(pos, textEnd - pos);
        qsizetype last = 0;
        auto it = number.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength(1) > 0)
                continue;
            result += QStringView(text).mid(last, match.capturedStart() - last);
            // One run that never wraps: a phone number stays on one line of the handout.
            result += QChar(Lri) + match.captured().replace(u' ', QChar(0x00A0)) + QChar(Pdi);
            last = match.capturedEnd();
        }
        result += QStringView(text).mid(last);
        if (tag < 0)
            break;
        const qsizetype tagEnd = html.indexOf(u'>', tag);
        const qsizetype end = tagEnd < 0 ? html.size() : tagEnd + 1;
        result += QStringView(html).mid(tag, end - tag);
        pos = end;
    }
    return result;
}

QString HandoutHtml::translated(const char *context, const char *source, const Options &options)
{
    if (options.translator) {
        const QString text = options.translator->translate(context, source);
        if (!text.isEmpty())
            return text;
    }
    return QCoreApplication::translate(context, source);
}

QString HandoutHtml::label(const char *source, const Options &options)
{
    return translated("integreat::print::HandoutHtml", source, options);
}

QString HandoutHtml::fact(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return {};
    return u"<p><b>"_s + label.toHtmlEscaped() + u":</b> "_s + value + u"</p>"_s;
}

QString HandoutHtml::addressHtml(const model::Address &address)
{
    QStringList lines;
    if (!address.name.isEmpty())
        lines << escaped(address.name);
    if (!address.street.isEmpty())
        lines << escaped(address.street);
    const QString town = QString(address.postcode + u' ' + address.town).trimmed();
    if (!town.isEmpty())
        lines << escaped(town);
    return lines.join(u"<br>"_s);
}

QString HandoutHtml::dayText(const model::DayHours &day, const Options &options)
{
    if (day.closed)
        return label(QT_TR_NOOP("Closed"), options);
    if (day.allDay)
        return label(QT_TR_NOOP("Open all day"), options);
    QStringList parts;
    for (const model::TimeSlot &slot : day.timeSlots)
        parts << slot.start + u"–"_s + slot.end;
    QString text = parts.isEmpty() ? label(QT_TR_NOOP("Closed"), options) : parts.join(u", "_s);
    if (day.appointmentOnly)
        text += u" ("_s + label(QT_TR_NOOP("only with an appointment"), options) + u")"_s;
    return text;
}

QString HandoutHtml::weekHours(const model::OpeningHours &hours, const Options &options)
{
    if (!geo::hours::isComplete(hours))
        return {};
    const int today =
        options.now.isValid() ? geo::hours::weekdayIndex(options.now, options.zone) : -1;
    QString html = u"<table cellspacing=\"0\" cellpadding=\"2\">"_s;
    for (int i = 0; i < 7; ++i) {
        const QString day = options.locale.dayName(i + 1, QLocale::LongFormat);
        QString row = u"<td>"_s + day.toHtmlEscaped() + u"</td><td>"_s +
                      escaped(dayText(hours.at(i), options)) + u"</td>"_s;
        if (i == today)
            row = u"<td><b>"_s + day.toHtmlEscaped() + u"</b></td><td><b>"_s +
                  escaped(dayText(hours.at(i), options)) + u" ("_s +
                  label(QT_TR_NOOP("today"), options).toHtmlEscaped() + u")</b></td>"_s;
        html += u"<tr>"_s + row + u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

QString HandoutHtml::contacts(const QList<model::Contact> &contacts, const Options &options)
{
    QString html;
    for (const model::Contact &contact : contacts) {
        QString block;
        const QString headline = geo::contactHeadline(contact);
        if (!headline.isEmpty())
            block += u"<p><b>"_s + escaped(headline) + u"</b></p>"_s;
        block += fact(label(QT_TR_NOOP("Phone"), options), escaped(contact.phone));
        block += fact(label(QT_TR_NOOP("Mobile"), options), escaped(contact.mobile));
        block += fact(label(QT_TR_NOOP("Email"), options), contact.email.toHtmlEscaped());
        block += fact(label(QT_TR_NOOP("Website"), options), contact.website.toHtmlEscaped());
        if (const QString week = weekHours(contact.openingHours, options); !week.isEmpty())
            block += week;
        html += block;
    }
    if (html.isEmpty())
        return {};
    return u"<h2>"_s + label(QT_TR_NOOP("Contact"), options).toHtmlEscaped() + u"</h2>"_s + html;
}

QString HandoutHtml::page(const model::Page &page, const QList<model::Page> &children,
                          const Options &options)
{
    Q_UNUSED(options)
    QString html = heading(page.title);
    if (!page.content.trimmed().isEmpty())
        html += isolateNumbers(page.content);
    if (!children.isEmpty()) {
        html += u"<ul>"_s;
        for (const model::Page &child : children)
            html += u"<li>"_s + escaped(child.title) + u"</li>"_s;
        html += u"</ul>"_s;
    }
    return html;
}

QString HandoutHtml::place(const model::Place &place, const Options &options)
{
    QString html = heading(place.title);
    if (place.category)
        html += u"<p><i>"_s + escaped(place.category->name) + u"</i></p>"_s;
    html += fact(label(QT_TR_NOOP("Address"), options), addressHtml(place.address));
    if (place.temporarilyClosed)
        html += u"<p><b>"_s + label(QT_TR_NOOP("Temporarily closed"), options).toHtmlEscaped() +
                u"</b></p>"_s;
    if (geo::hours::isComplete(place.openingHours)) {
        const int today = geo::hours::weekdayIndex(options.now, options.zone);
        html += fact(label(QT_TR_NOOP("Today"), options),
                     escaped(dayText(place.openingHours.at(today), options)));
        html += u"<h2>"_s + label(QT_TR_NOOP("Opening hours"), options).toHtmlEscaped() +
                u"</h2>"_s + weekHours(place.openingHours, options);
    }
    if (!place.appointmentUrl.isEmpty())
        html +=
            fact(label(QT_TR_NOOP("Appointments"), options), place.appointmentUrl.toHtmlEscaped());
    html += contacts(place.contacts, options);
    if (!place.content.trimmed().isEmpty())
        html += u"<h2>"_s + label(QT_TR_NOOP("About"), options).toHtmlEscaped() + u"</h2>"_s +
                isolateNumbers(place.content);
    return html;
}

QString HandoutHtml::event(const model::Event &event, const Options &options)
{
    QString html = heading(event.title);
    QString when = escaped(dateText(event.start, event.allDay, options.locale));
    if (event.end.isValid() && event.end != event.start)
        when += u" – "_s + escaped(dateText(event.end, event.allDay, options.locale));
    html += fact(label(QT_TR_NOOP("When"), options), when);
    if (event.location && !event.location->isEmpty())
        html += fact(label(QT_TR_NOOP("Where"), options), addressHtml(*event.location));
    if (!event.meetingUrl.isEmpty())
        html += fact(label(QT_TR_NOOP("Online"), options), event.meetingUrl.toHtmlEscaped());
    if (!event.content.trimmed().isEmpty())
        html += isolateNumbers(event.content);
    return html;
}

} // namespace integreat::print
