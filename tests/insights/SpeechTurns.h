#pragma once

#include "SpeechEvent.h"

#include <optional>

namespace revox::testing {

// One speech event for insight tests: who spoke from start to stop (ms; no stop while still
// speaking), a real turn or noise, cut or not.
inline SpeechEvent turn(Speaker who, double start, std::optional<double> stop, bool real = true,
                        bool cut = false)
{
    SpeechEvent e;
    e.id = QStringLiteral("e%1").arg(start);
    e.speaker = who;
    e.startedSpeakingAtMs = start;
    e.stoppedSpeakingAtMs = stop;
    e.isRealTurn = real;
    e.wasCut = cut;
    return e;
}

} // namespace revox::testing
