#pragma once

#include "Call.h"

#include <QList>

#include <optional>

namespace revox {

// How fast the agent answered the caller in one call attempt: for each agent turn that
// follows a real caller turn, the start of the agent turn minus the end of that caller
// turn (a caller turn the agent cut still ends where it ended), beside the parts the server
// names (LLM time to first token, TTS time to first byte), and the call's interruptions.
struct ResponseLatency
{
    struct Turn
    {
        int eventIndex = -1; // the agent turn in the attempt's speech events
        double latencyMs = 0;
        std::optional<double> llmTtftMs;
        std::optional<double> ttsTtfbMs;
    };
    QList<Turn> turns; // in the order of the speech events
    int agentCutByCaller = 0;
    int callerCutByAgent = 0;

    // Latencies of the timed turns, ascending.
    QList<double> sortedLatencies() const;
    // The nearest-rank percentile p (0 < p <= 100) of the timed turns; none without any.
    std::optional<double> percentile(double p) const;

    static ResponseLatency compute(const QList<SpeechEvent> &events);
    static ResponseLatency compute(const CallAttempt &attempt);
    // The nearest-rank percentile of ascending values: the value at rank ceil(p / 100 * n).
    static std::optional<double> nearestRank(const QList<double> &sorted, double p);
};

} // namespace revox
