#pragma once

#include <algorithm>

namespace revox {

// The delay before the next try after consecutive failures: base, doubled per failure,
// capped at max.
class Backoff
{
public:
    static int delayMs(int failures, int baseMs, int maxMs)
    {
        long long delay = std::max(baseMs, 1);
        for (int i = 1; i < failures && delay < maxMs; ++i)
            delay *= 2;
        return int(std::min<long long>(delay, maxMs));
    }
};

} // namespace revox
