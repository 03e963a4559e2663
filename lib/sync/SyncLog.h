#pragma once

#include <QLoggingCategory>

// Log category of the sync layer (watchers): "revox.sync".
Q_DECLARE_LOGGING_CATEGORY(lcSync)
