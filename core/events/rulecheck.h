#pragma once

#include <QString>

namespace integreat::events::detail {

/// Whether an RRULE value (without "RRULE:") is one we hand to libical: a frequency of at least
/// an hour (event dates do not repeat by the minute), every BYxxx value in its range, an
/// INTERVAL from 1 to 1000, and a BYMONTH/BYMONTHDAY pair that can meet. libical loops for
/// ever on some rules outside these bounds (FREQ=SECONDLY;BYSECOND=60), so such rules are
/// never expanded: the event is shown with irregular dates instead. Returns "" when fine, else
/// why not (for logs and tests).
QString ruleProblem(const QString &rrule);

} // namespace integreat::events::detail
