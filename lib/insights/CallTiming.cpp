#include "CallTiming.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace revox {

CallTiming CallTiming::compute(const QList<Row> &rows, const QTimeZone &zone)
{
    CallTiming t;
    for (const Row &row : rows) {
        if (!row.call || row.call->callAttempts.isEmpty())
            continue;
        const QList<CallAttempt> &attempts = row.call->callAttempts; // most recent first
        int firstHuman = -1; // 1-based, in the order the calls were made
        for (qsizetype i = attempts.size() - 1; i >= 0; --i) {
            const CallAttempt &a = attempts.at(i);
            ++t.attempts;
            const bool answered = a.result.isSet();
            const bool human = a.result == CallResult::Human;
            if (human && firstHuman < 0)
                firstHuman = int(attempts.size() - i);
            if (answered) {
                const qint64 seconds = a.durationSeconds();
                if (seconds >= 0) {
                    size_t bucket = 0;
                    while (bucket + 1 < kDurationFloors.size() &&
                           seconds >= kDurationFloors[bucket + 1])
                        ++bucket;
                    ++t.durations[bucket];
                }
            }
            if (!a.startedAt.isValid()) {
                ++t.undated;
                continue;
            }
            const QDateTime local = a.startedAt.toDateTime().toTimeZone(zone);
            for (Bucket *b : {&t.byHour[size_t(local.time().hour())],
                              &t.byWeekday[size_t(local.date().dayOfWeek() - 1)]}) {
                ++b->attempts;
                b->answered += answered ? 1 : 0;
                b->human += human ? 1 : 0;
            }
        }
        if (firstHuman > 0)
            ++t.attemptsToReach[size_t(std::min(firstHuman, 4) - 1)];
        else
            ++t.calledNeverReached;
    }
    return t;
}

static double rateOf(int part, int whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

CallTiming::Ranking CallTiming::rank(const QList<Bucket> &buckets)
{
    Ranking r;
    const auto key = [](const Bucket &x) {
        return std::make_tuple(rateOf(x.human, x.attempts), rateOf(x.answered, x.attempts),
                               x.attempts);
    };
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const Bucket &b = buckets.at(i);
        r.dated += b.attempts;
        if (b.attempts >= kMinAttemptsForBest && (r.best < 0 || key(b) > key(buckets.at(r.best))))
            r.best = int(i);
    }
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const Bucket &b = buckets.at(i);
        if (b.attempts < kMinAttemptsForBest || int(i) == r.best)
            continue;
        if (r.fewest < 0 || rateOf(b.answered, b.attempts) < rateOf(buckets.at(r.fewest).answered,
                                                                    buckets.at(r.fewest).attempts))
            r.fewest = int(i);
    }
    return r;
}

int CallTiming::middleDurationBucket() const
{
    const int total = std::accumulate(durations.begin(), durations.end(), 0);
    if (total == 0)
        return -1;
    int below = 0;
    for (size_t i = 0; i < durations.size(); ++i) {
        below += durations[i];
        if (2 * below >= total)
            return int(i);
    }
    return int(durations.size()) - 1;
}

int CallTiming::rowsReached() const
{
    return std::accumulate(attemptsToReach.begin(), attemptsToReach.end(), 0);
}

int CallTiming::mostReachingAttempt() const
{
    if (rowsReached() == 0)
        return -1;
    return int(std::max_element(attemptsToReach.begin(), attemptsToReach.end()) -
               attemptsToReach.begin());
}

} // namespace revox
