#include "test_events_support.h"

#include "conformance.h"
#include "corpus.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace integreat::testing {

QDateTime berlinTime(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), berlin());
}

model::Event berlinEvent(const QDateTime &start, const QDateTime &end, const QString &rule,
                         bool allDay)
{
    model::Event event;
    event.path = u"/testumgebung/de/events/sprachcafe"_s;
    event.title = u"Sprachcafé"_s;
    event.timeZone = u"Europe/Berlin"_s;
    event.start = start;
    event.end = end;
    event.recurrenceRule = rule;
    event.allDay = allDay;
    event.lastUpdated = QDateTime(QDate(2024, 1, 1), QTime(12, 0), QTimeZone::utc());
    return event;
}

QList<QJsonObject> eventCases(const QString &kind)
{
    return integreat::testing::conformanceCases(u"events.json"_s, kind);
}

QDateTime isoTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

model::Event eventFromCase(const QJsonObject &date)
{
    return berlinEvent(isoTime(date.value("startDate"_L1)), isoTime(date.value("endDate"_L1)),
                       date.value("recurrence_rule"_L1).toString(),
                       date.value("allDay"_L1).toBool());
}

} // namespace integreat::testing
