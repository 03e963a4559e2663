#pragma once

#include <QObject>

namespace revox {

Q_NAMESPACE

// Where a watcher stands, for the UI's status bar and banners.
enum class SyncState {
    Idle,     // not started, or stopped
    Loading,  // first load in progress (see loadingProgress)
    Live,     // last refresh succeeded; the next one is scheduled
    Retrying, // last refresh failed (lastError); retrying with back-off, old data kept
};
Q_ENUM_NS(SyncState)

} // namespace revox
