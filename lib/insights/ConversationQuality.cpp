#include "ConversationQuality.h"

#include <algorithm>

namespace revox {

namespace {

// The transcript lines a tool call failed in (the cleaned transcript when there is one).
int failedToolLines(const CallAttempt &attempt)
{
    const auto &lines =
        attempt.postCallTranscript ? attempt.postCallTranscript : attempt.transcript;
    if (!lines)
        return 0;
    return int(std::count_if(lines->begin(), lines->end(), [](const TranscriptEntry &e) {
        return e.toolIsError().value_or(false);
    }));
}

} // namespace

std::optional<double> ConversationQuality::interruptionsPerCall() const
{
    if (calls == 0)
        return std::nullopt;
    return double(agentCutByCaller + callerCutByAgent) / double(calls);
}

std::optional<double> ConversationQuality::agentTalkShare() const
{
    const double both = agentTalkMs + callerTalkMs;
    if (!(both > 0))
        return std::nullopt;
    return agentTalkMs / both;
}

int ConversationQuality::latencyBucket(double ms)
{
    int bucket = 0;
    for (int i = 0; i < int(kLatencyFloorsMs.size()); ++i) {
        if (ms >= kLatencyFloorsMs[size_t(i)])
            bucket = i;
    }
    return bucket;
}

ConversationQuality::Call ConversationQuality::computeCall(const CallAttempt &attempt)
{
    Call call;
    call.toolErrors = failedToolLines(attempt);
    call.takenOver = attempt.handledByHuman.value_or(false);
    if (!attempt.speechEvents)
        return call;
    const QList<SpeechEvent> &events = *attempt.speechEvents;
    const ResponseLatency latency = ResponseLatency::compute(events);
    call.latenciesMs = latency.sortedLatencies();
    call.latencyP50Ms = ResponseLatency::nearestRank(call.latenciesMs, 50);
    call.latencyP90Ms = ResponseLatency::nearestRank(call.latenciesMs, 90);
    call.latencyP99Ms = ResponseLatency::nearestRank(call.latenciesMs, 99);
    call.agentCutByCaller = latency.agentCutByCaller;
    call.callerCutByAgent = latency.callerCutByAgent;

    QList<const SpeechEvent *> real;
    for (const SpeechEvent &e : events) {
        if (!e.realTurn())
            continue;
        real.append(&e);
        const double length = std::max(0.0, e.endMs() - e.startedSpeakingAtMs);
        if (e.speaker == Speaker::Agent)
            call.agentTalkMs += length;
        else if (e.speaker == Speaker::Human)
            call.humanTalkMs += length;
        else if (e.speaker == Speaker::User)
            call.callerTalkMs += length;
        if (e.speaker == Speaker::Human)
            call.takenOver = true;
    }
    std::stable_sort(real.begin(), real.end(), [](const SpeechEvent *a, const SpeechEvent *b) {
        return a->startedSpeakingAtMs < b->startedSpeakingAtMs;
    });
    // A gap is silence only when no earlier turn still runs through it.
    double spokenUntil = real.isEmpty() ? 0 : real.first()->endMs();
    for (qsizetype i = 1; i < real.size(); ++i) {
        call.longestSilenceMs =
            std::max(call.longestSilenceMs, real.at(i)->startedSpeakingAtMs - spokenUntil);
        spokenUntil = std::max(spokenUntil, real.at(i)->endMs());
    }
    return call;
}

ConversationQuality ConversationQuality::compute(const QList<Row> &rows)
{
    ConversationQuality q;
    QList<double> all;
    QList<double> medians;
    for (const Row &row : rows) {
        if (!row.call)
            continue;
        for (const CallAttempt &attempt : row.call->callAttempts) {
            if (!attempt.speechEvents)
                continue;
            const Call call = computeCall(attempt);
            ++q.calls;
            for (const double ms : call.latenciesMs) {
                all.append(ms);
                ++q.latencyBuckets[size_t(latencyBucket(ms))];
            }
            if (call.latencyP50Ms)
                medians.append(*call.latencyP50Ms);
            q.agentCutByCaller += call.agentCutByCaller;
            q.callerCutByAgent += call.callerCutByAgent;
            q.takenOver += call.takenOver ? 1 : 0;
            q.withToolError += call.toolErrors > 0 ? 1 : 0;
            q.agentTalkMs += call.agentTalkMs;
            q.humanTalkMs += call.humanTalkMs;
            q.callerTalkMs += call.callerTalkMs;
            if (call.longestSilenceMs > q.longestSilenceMs) {
                q.longestSilenceMs = call.longestSilenceMs;
                q.longestSilenceAttemptId = attempt.id;
            }
        }
    }
    std::sort(all.begin(), all.end());
    std::sort(medians.begin(), medians.end());
    q.timedTurns = int(all.size());
    q.latencyP50Ms = ResponseLatency::nearestRank(all, 50);
    q.latencyP90Ms = ResponseLatency::nearestRank(all, 90);
    q.latencyP99Ms = ResponseLatency::nearestRank(all, 99);
    q.callMedianP50Ms = ResponseLatency::nearestRank(medians, 50);
    q.callMedianP90Ms = ResponseLatency::nearestRank(medians, 90);
    q.callMedianP99Ms = ResponseLatency::nearestRank(medians, 99);
    return q;
}

} // namespace revox
