#include "ResponseLatency.h"

#include <algorithm>
#include <cmath>

namespace revox {

QList<double> ResponseLatency::sortedLatencies() const
{
    QList<double> values;
    values.reserve(turns.size());
    for (const Turn &t : turns)
        values.append(t.latencyMs);
    std::sort(values.begin(), values.end());
    return values;
}

std::optional<double> ResponseLatency::percentile(double p) const
{
    return nearestRank(sortedLatencies(), p);
}

std::optional<double> ResponseLatency::nearestRank(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty() || !(p > 0) || p > 100)
        return std::nullopt;
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank, 1, sorted.size()) - 1);
}

ResponseLatency ResponseLatency::compute(const QList<SpeechEvent> &events)
{
    // Real turns in the order they began; noise neither answers nor is answered.
    QList<int> order;
    order.reserve(events.size());
    for (int i = 0, n = int(events.size()); i < n; ++i) {
        if (events.at(i).realTurn())
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(), [&events](int a, int b) {
        return events.at(a).startedSpeakingAtMs < events.at(b).startedSpeakingAtMs;
    });

    ResponseLatency result;
    for (qsizetype k = 0; k < order.size(); ++k) {
        const SpeechEvent &e = events.at(order.at(k));
        if (e.cut()) {
            if (e.speaker == Speaker::Agent)
                ++result.agentCutByCaller;
            else if (e.speaker == Speaker::User)
                ++result.callerCutByAgent;
        }
        if (e.speaker != Speaker::Agent || k == 0)
            continue;
        const SpeechEvent &before = events.at(order.at(k - 1));
        if (before.speaker != Speaker::User || !before.stoppedSpeakingAtMs)
            continue;
        result.turns.append(Turn{order.at(k), e.startedSpeakingAtMs - *before.stoppedSpeakingAtMs,
                                 e.llmTtftMs, e.ttsTtfbMs});
    }
    std::sort(result.turns.begin(), result.turns.end(),
              [](const Turn &a, const Turn &b) { return a.eventIndex < b.eventIndex; });
    return result;
}

ResponseLatency ResponseLatency::compute(const CallAttempt &attempt)
{
    return attempt.speechEvents ? compute(*attempt.speechEvents) : ResponseLatency{};
}

} // namespace revox
