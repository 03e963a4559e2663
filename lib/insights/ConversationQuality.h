#pragma once

#include "ResponseLatency.h"
#include "Row.h"

#include <QList>

#include <array>
#include <optional>

namespace revox {

// How a campaign's conversations went, from the speech events of its attempts: how fast the
// agent answered (over every turn and per call), the interruptions, the calls a person took
// over or where a tool failed, who did the talking and the longest silence between turns.
// Attempts without speech events (older servers) are left out.
struct ConversationQuality
{
    // One attempt's figures.
    struct Call
    {
        std::optional<double> latencyP50Ms;
        std::optional<double> latencyP90Ms;
        std::optional<double> latencyP99Ms;
        QList<double> latenciesMs; // of the timed agent turns, ascending
        int agentCutByCaller = 0;
        int callerCutByAgent = 0;
        bool takenOver = false; // handled_by_human, or a person spoke
        int toolErrors = 0;     // tool lines of the transcript that failed
        double agentTalkMs = 0; // real turns of the agent
        double humanTalkMs = 0; // real turns of the person who took over
        double callerTalkMs = 0;
        double longestSilenceMs = 0; // between two real turns, nobody speaking
        int interruptions() const { return agentCutByCaller + callerCutByAgent; }
        int timedTurns() const { return int(latenciesMs.size()); }
    };

    int calls = 0; // attempts with speech events
    int timedTurns = 0;
    // Nearest-rank percentiles of every timed agent turn of every call.
    std::optional<double> latencyP50Ms;
    std::optional<double> latencyP90Ms;
    std::optional<double> latencyP99Ms;
    // The same percentiles over the calls' own median latencies.
    std::optional<double> callMedianP50Ms;
    std::optional<double> callMedianP90Ms;
    std::optional<double> callMedianP99Ms;
    // Timed turns by latency: under 500 ms, 0.5-1 s, 1-1.5 s, 1.5-2 s, 2-3 s, 3 s or more.
    std::array<int, 6> latencyBuckets{};
    static constexpr std::array<int, 6> kLatencyFloorsMs{0, 500, 1000, 1500, 2000, 3000};
    int agentCutByCaller = 0;
    int callerCutByAgent = 0;
    int takenOver = 0;
    int withToolError = 0;
    double agentTalkMs = 0;
    double humanTalkMs = 0;
    double callerTalkMs = 0;
    double longestSilenceMs = 0;
    QString longestSilenceAttemptId;

    // Interruptions (both ways) per call; none without calls.
    std::optional<double> interruptionsPerCall() const;
    // The agent's share of the talk between the agent and the caller, 0-1; none when
    // neither spoke.
    std::optional<double> agentTalkShare() const;
    // The bucket of a latency.
    static int latencyBucket(double ms);

    static Call computeCall(const CallAttempt &attempt);
    static ConversationQuality compute(const QList<Row> &rows);
};

} // namespace revox
