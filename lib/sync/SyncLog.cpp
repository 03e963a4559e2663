#include "SyncLog.h"

Q_LOGGING_CATEGORY(lcSync, "revox.sync", QtInfoMsg)
