// The events a week-handout test serves (in the CMS's shape, from the corpus event) and
// integreat-cli print --week; shared by test_print_week_cli and test_print_week_pages.
#pragma once

#include "printcli.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace integreat::testing {

using namespace Qt::StringLiterals;

struct EventSpec
{
    QString language;
    QString slug;
    std::optional<int> id; ///< null: the CMS's untranslated fallback
    QString title;
    QString excerpt;
    QString start, end;       ///< with offset: 2030-03-04T18:00:00+01:00
    QString rule;             ///< recurrence_rule or empty
    QStringList translations; ///< languages with this slug
};

/// One event as the CMS's events list sends it, from the corpus event's shape.
inline QJsonObject eventJson(const EventSpec &spec)
{
    QJsonObject event =
        SyncFixture::corpusArray(u"augsburg_de_events_combine_recurring.json"_s).at(0).toObject();
    const QString path = u"/augsburg/%1/events/%2/"_s.arg(spec.language, spec.slug);
    event.insert(u"id"_s, spec.id ? QJsonValue(*spec.id) : QJsonValue());
    event.insert(u"path"_s, path);
    event.insert(u"url"_s, QString(u"http://localhost:8000"_s + path));
    event.insert(u"title"_s, spec.title);
    event.insert(u"excerpt"_s, spec.excerpt);
    event.insert(u"content"_s, QString(u"<p>"_s + spec.excerpt + u"</p>"_s));
    QJsonObject available;
    for (const QString &language : spec.translations) {
        const QString other = u"/augsburg/%1/events/%2/"_s.arg(language, spec.slug);
        available.insert(language,
                         QJsonObject{{u"id"_s, QJsonValue()},
                                     {u"url"_s, QString(u"http://localhost:8000"_s + other)},
                                     {u"path"_s, other}});
    }
    event.insert(u"available_languages"_s, available);
    QJsonObject location = event.value(u"location"_s).toObject();
    if (spec.slug == u"sprachcafe"_s) {
        location.insert(u"id"_s, 7);
        location.insert(u"name"_s, u"Stadtbücherei"_s);
        location.insert(u"address"_s, u"Ernst-Reuter-Platz 1"_s);
        location.insert(u"postcode"_s, u"86150"_s);
        location.insert(u"town"_s, u"Augsburg"_s);
    }
    event.insert(u"location"_s, location);
    QJsonObject dates = event.value(u"event"_s).toObject();
    dates.insert(u"start"_s, spec.start);
    dates.insert(u"end"_s, spec.end);
    event.insert(u"event"_s, dates);
    event.insert(u"recurrence_rule"_s, spec.rule.isEmpty() ? QJsonValue() : QJsonValue(spec.rule));
    return event;
}

inline void serveEvents(PrintCli &c, const QString &language, const QList<EventSpec> &specs)
{
    QJsonArray list;
    for (const EventSpec &spec : specs)
        list.append(eventJson(spec));
    c.fixture.server.setRoute(
        u"/api/v3/augsburg/%1/events/"_s.arg(language),
        Response{200, QJsonDocument(list).toJson(QJsonDocument::Compact), {}, {}});
}

inline CliResult printWeek(const PrintCli &c, const QStringList &languages, const QString &file,
                           const QString &from = u"2030-03-04"_s)
{
    QStringList arguments{u"print"_s, u"--region"_s, u"augsburg"_s, u"--language"_s,
                          languages.value(0)};
    if (languages.size() > 1)
        arguments << u"--second-language"_s << languages.at(1);
    arguments << u"--week"_s;
    if (!from.isEmpty())
        arguments << u"--from"_s << from;
    return c.run(arguments + QStringList{u"--pdf"_s, file});
}

} // namespace integreat::testing
