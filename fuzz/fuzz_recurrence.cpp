// libFuzzer target: the recurrence rule check and the bounded expansion (core/events). The input
// is the event's recurrence text; expansion must stay within its bounds (count, span, time).

#include "core/events/recurrence.h"
#include "core/events/rulecheck.h"
#include "core/model/event.h"

#include <QElapsedTimer>
#include <QTimeZone>
#include <cstddef>
#include <cstdint>

using namespace integreat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    events::detail::ruleProblem(text);
    model::Event event;
    event.start = QDateTime(QDate(2024, 1, 15), QTime(10, 0), QTimeZone(3600));
    event.end = event.start.addSecs(7200);
    event.timeZone = QStringLiteral("Europe/Berlin");
    event.recurrenceRule = text.startsWith(QLatin1String("DTSTART"))
                               ? text
                               : QStringLiteral("DTSTART:20240115T100000\nRRULE:") + text;
    const events::Recurrence recurrence(event);
    QElapsedTimer clock;
    clock.start();
    const QDateTime from(QDate(2024, 6, 1), QTime(0, 0), QTimeZone(3600));
    recurrence.expand(from, 50);
    recurrence.expand(from, 5, from.addDays(30));
    if (clock.elapsed() > 5000)
        __builtin_trap(); // the time bound did not hold
    return 0;
}
