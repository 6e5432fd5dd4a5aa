#include "core/content/typodistance.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace integreat::content {

int maxTypoDistance(qsizetype length)
{
    if (length < 4)
        return 0;
    if (length < 8)
        return 1;
    return length < 10 ? 2 : 3;
}

int typoDistance(QStringView a, QStringView b, int max)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > max)
        return max + 1;
    if (n == 0 || m == 0)
        return int(std::max(n, m));
    // Three rows of the dynamic programme: two before (for transpositions) and the current one.
    const int far = max + 1;
    thread_local std::vector<int> rows;
    rows.assign(3 * size_t(m + 1), far);
    int *before = rows.data();
    int *previous = before + (m + 1);
    int *current = previous + (m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(std::min<qsizetype>(j, far));
    for (qsizetype i = 1; i <= n; ++i) {
        std::fill(current, current + m + 1, far);
        current[0] = int(std::min<qsizetype>(i, far));
        // Only cells within `max` of the diagonal can stay within the distance.
        const qsizetype from = std::max<qsizetype>(1, i - max);
        const qsizetype to = std::min<qsizetype>(m, i + max);
        int best = current[0];
        for (qsizetype j = from; j <= to; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, before[j - 2] + 1);
            current[j] = std::min(value, far);
            best = std::min(best, current[j]);
        }
        if (best > max)
            return far;
        int *const reused = before;
        before = previous;
        previous = current;
        current = reused;
    }
    return std::min(previous[m], far);
}

} // namespace integreat::content
