#pragma once

#include <QLoggingCategory>

namespace revox {

// Log category of the API client ("revox.api"). Lines never carry the API key.
Q_DECLARE_LOGGING_CATEGORY(lcApi)

} // namespace revox
