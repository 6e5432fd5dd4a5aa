#pragma once

#include <QString>

namespace integreat::testing {

/// The real API corpus (`../shared/integreat-api` or $INTEGREAT_API_CORPUS), or an empty
/// string when it is absent; tests that need it then skip with a visible message.
QString corpusDir();
/// The official app's conformance vectors (`../shared/conformance` or $INTEGREAT_CONFORMANCE).
QString conformanceDir();
/// Prints "SKIPPED: <why>" so a skipped test is visible in the ctest log.
void reportSkip(const QString &why);

} // namespace integreat::testing

/// Use at the top of a TEST_CASE that needs the corpus.
#define INTEGREAT_REQUIRE_CORPUS()                                                                 \
    if (integreat::testing::corpusDir().isEmpty()) {                                               \
        integreat::testing::reportSkip(QStringLiteral("the API corpus was not found; set "         \
                                                      "INTEGREAT_API_CORPUS"));                    \
        return;                                                                                    \
    }
