#pragma once

#include "ApiEnums.h"

#include <QString>

#include <optional>

namespace revox {

// One stretch of speech in a call: who spoke from when to when (ms since the session
// started), whether it was a real turn or noise, whether it was cut, and its timings.
struct SpeechEvent
{
    QString id;
    ApiEnum<Speaker> speaker;
    double startedSpeakingAtMs = 0;
    std::optional<double> stoppedSpeakingAtMs;     // null while unknown
    QString transcript;                            // empty when null or absent
    std::optional<bool> isRealTurn;                // false: noise, not a turn
    std::optional<bool> wasCut;                    // the speaker was interrupted
    std::optional<double> llmTtftMs;               // agent turns: LLM time to first token
    std::optional<double> ttsTtfbMs;               // agent turns: TTS time to first byte
    QString llmWinnerModel;                        // agent turns: the model that replied
    std::optional<double> sttTranscriptionDelayMs; // caller turns: transcription delay

    bool realTurn() const { return isRealTurn.value_or(true); }
    bool cut() const { return wasCut.value_or(false); }
    // The end of the speech; the start when the end is unknown.
    double endMs() const { return stoppedSpeakingAtMs.value_or(startedSpeakingAtMs); }
    bool operator==(const SpeechEvent &o) const = default;
};

} // namespace revox
