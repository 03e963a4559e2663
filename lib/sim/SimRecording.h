#pragma once

#include "SimWorld.h"
#include "WavComposer.h"

namespace revox::sim {

// The recording of one answered attempt (plan, the row plan's attempt-th), as served and as
// its speech events describe it.
WavComposer simRecording(const SimWorld &world, const SimCampaign &campaign, qint64 row,
                         int attempt, const SimAttemptPlan &plan);

} // namespace revox::sim
