#pragma once

#include <QList>
#include <QUrl>

namespace integreat::bench {

struct BareFetch
{
    double wallMs = 0;
    qint64 bytes = 0;
    int failed = 0; ///< answers that were not 200 or not JSON
};

/// The floor a sync is measured against: GET every URL over `connections` connections at once
/// and parse each body as JSON (on the thread pool, as it arrives), nothing else.
BareFetch fetchAndParse(const QList<QUrl> &urls, int connections);

} // namespace integreat::bench
