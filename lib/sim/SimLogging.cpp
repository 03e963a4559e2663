#include "SimLogging.h"

namespace revox::sim {
Q_LOGGING_CATEGORY(lcSim, "revox.sim")
} // namespace revox::sim
