#include "ApiLog.h"

namespace revox {

Q_LOGGING_CATEGORY(lcApi, "revox.api")

} // namespace revox
