#include "desktop/print/weekhtml.h"

#include "core/content/bidi.h"
#include "core/content/excerpt.h"
#include "core/content/htmltext.h"
#include "core/geo/placetext.h"
#include "desktop/presentation/datetext.h"

using namespace Qt::StringLiterals;
using integreat::desktop::DateText;

namespace integreat::print {

namespace {

constexpr int ShortLineChars = 160;

QString escaped(const QString &text)
{
    return HandoutHtml::isolateNumbers(text.toHtmlEscaped());
}

QLocale dateLocale(const WeekHtml::Options &options)
{
    // The column's day and month names; Latin digits as the content writes them.
    return DateText::localeFor(options.locale.name());
}

} // namespace

QString WeekHtml::label(const char *source, const Options &options)
{
    return HandoutHtml::translated("integreat::print::WeekHtml", source, options);
}

QString WeekHtml::title(const QDate &first, const QDate &last, const Options &options)
{
    const QLocale locale = dateLocale(options);
    return u"<h1>"_s + label(QT_TR_NOOP("Events of the week"), options).toHtmlEscaped() +
           u"</h1><p>"_s +
           escaped(DateText::longDate(first, locale) + u" – "_s +
                   DateText::longDate(last, locale)) +
           u"</p>"_s;
}

QString WeekHtml::day(const QDate &day, const Options &options)
{
    return u"<h2>"_s + escaped(DateText::longDate(day, dateLocale(options))) + u"</h2>"_s;
}

QString WeekHtml::noEvents(const Options &options)
{
    return u"<p><i>"_s + label(QT_TR_NOOP("No events on this day."), options).toHtmlEscaped() +
           u"</i></p>"_s;
}

QString WeekHtml::notTranslated(const Options &options)
{
    // In its own direction: a note still in the UI language keeps its full stop at its end.
    return u"<p><i>"_s +
           content::bidi::isolated(label(QT_TR_NOOP("This event is not translated."), options),
                                   content::bidi::FirstStrongIsolate)
               .toHtmlEscaped() +
           u"</i></p>"_s;
}

QString WeekHtml::times(const QList<events::Occurrence> &dates, const Options &options)
{
    const QLocale locale = dateLocale(options);
    QStringList parts;
    for (const events::Occurrence &date : dates) {
        const bool oneDay = !date.end.isValid() || date.end.date() == date.start.date();
        if (oneDay && date.allDay)
            parts << label(QT_TR_NOOP("All day"), options);
        else if (oneDay && (!date.end.isValid() || date.end == date.start))
            parts << DateText::time(date.start.time(), locale);
        else if (oneDay)
            parts << DateText::timeRange(date.start.time(), date.end.time(), locale);
        else if (date.allDay)
            parts << DateText::date(date.start.date(), locale) + u" – "_s +
                         DateText::date(date.end.date(), locale);
        else
            parts << DateText::date(date.start.date(), locale) + u", "_s +
                         DateText::time(date.start.time(), locale) + u" – "_s +
                         DateText::date(date.end.date(), locale) + u", "_s +
                         DateText::time(date.end.time(), locale);
    }
    return parts.join(u", "_s);
}

QString WeekHtml::event(const model::Event &event, const QList<events::Occurrence> &dates,
                        bool irregular, const Options &options)
{
    QString html = u"<p><b>"_s + escaped(event.title) + u"</b><br>"_s;
    // Each time on its own left-to-right run, so "18:00–20:00" reads so in Arabic too.
    html += escaped(times(dates, options));
    if (irregular)
        html += u" ("_s +
                label(QT_TR_NOOP("irregular dates: check with the organizer"), options)
                    .toHtmlEscaped() +
                u")"_s;
    if (event.location && !event.location->isEmpty())
        // Street and town each one isolate: "Ernst-Reuter-Platz 1" keeps its order in Arabic.
        html += u"<br>"_s + geo::addressLines(*event.location, true).join(u", "_s).toHtmlEscaped();
    else if (!event.meetingUrl.isEmpty())
        html += u"<br>"_s + label(QT_TR_NOOP("Online"), options).toHtmlEscaped() + u": "_s +
                content::bidi::isolated(event.meetingUrl).toHtmlEscaped();
    const QString text =
        event.excerpt.trimmed().isEmpty() ? content::htmlToPlainText(event.content) : event.excerpt;
    const QString shortLine = content::truncateText(text, ShortLineChars);
    if (!shortLine.isEmpty())
        html += u"<br><i>"_s + escaped(shortLine) + u"</i>"_s;
    return html + u"</p>"_s;
}

} // namespace integreat::print
