#include "StoreLog.h"

Q_LOGGING_CATEGORY(lcStore, "revox.store", QtInfoMsg)
