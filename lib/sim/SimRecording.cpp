#include "SimRecording.h"

#include "SimRandom.h"

namespace revox::sim {

WavComposer simRecording(const SimWorld &world, const SimCampaign &campaign, qint64 row,
                         int attempt, const SimAttemptPlan &a)
{
    WavComposer::Kind kind = WavComposer::Kind::Conversation;
    if (a.scenario == SimScenario::Voicemail)
        kind = WavComposer::Kind::Voicemail;
    else if (a.scenario == SimScenario::IvrNavigated || a.scenario == SimScenario::IvrStuck)
        kind = WavComposer::Kind::Ivr;
    const quint64 variation =
        random::hash({world.seed(), quint64(campaign.index), quint64(row), quint64(attempt), 99});
    return WavComposer(a.endMs - a.answerMs, variation, kind);
}

} // namespace revox::sim
