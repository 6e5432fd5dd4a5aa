#pragma once

#include "core/model/event.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace integreat::testing {

inline QTimeZone berlin()
{
    return QTimeZone("Europe/Berlin");
}

/// A wall-clock time in Berlin.
QDateTime berlinTime(int y, int mo, int d, int h, int mi = 0);

/// An event in Europe/Berlin with the given start, end and rule.
model::Event berlinEvent(const QDateTime &start, const QDateTime &end, const QString &rule = {},
                         bool allDay = false);

/// The conformance cases of `kind` in official-app/events.json (empty with a SKIPPED line
/// when the vectors are absent).
QList<QJsonObject> eventCases(const QString &kind);

/// An event from a conformance case's `date`/`event_date` object.
model::Event eventFromCase(const QJsonObject &date);

QDateTime isoTime(const QJsonValue &value);

} // namespace integreat::testing
