#pragma once

#include <QLoggingCategory>

namespace revox::sim {
Q_DECLARE_LOGGING_CATEGORY(lcSim)
} // namespace revox::sim
