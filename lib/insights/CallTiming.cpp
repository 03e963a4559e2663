#include "CallTiming.h"

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

} // namespace revox
