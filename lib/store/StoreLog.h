#pragma once

#include <QLoggingCategory>

// Log category of the store layer (row store, cache): "revox.store".
Q_DECLARE_LOGGING_CATEGORY(lcStore)
