#pragma once

#include "AsyncCampaignCache.h"
#include "CacheAccount.h"
#include "CacheSync.h"
#include "CampaignWatcher.h"
#include "CliOptions.h"
#include "RowStore.h"

#include <QFile>
#include <QObject>

namespace revox::cli {

// revox-cli watch: follows one campaign headless with the app's row store and refresh plan,
// and prints JSON Lines on stdout: one per row change ({"event":"row","change":"added|
// changed|removed","id":...,"fields":[JSON paths]}) and one per refresh ({"event":
// "refresh","requests":N,"rows_received":N,"bytes":N,"ms":N}) and one per failed refresh
// ({"event":"error","kind":"network|server|auth|parse","message":...}). Stops after --for
// with the last error's exit code when refreshes failed and none succeeded, else 0; a refused key
// or an unknown campaign ends it at once with their exit codes. It reads and writes the same local
// cache as the app: rows saved earlier come first (not reported), and the changes are reported
// against them.
class WatchCommand : public QObject
{
    Q_OBJECT
public:
    WatchCommand(RevoxClient *client, CliOptions options, QObject *parent = nullptr);

    void run();

private:
    void printChanges(const QList<RowStore::RowChange> &changes);
    void printRefresh(const CampaignWatcher::RefreshCost &cost);
    void onError(const ApiError &error);
    void printError(const ApiError &error);
    // The end of --for: what the last error says when no refresh succeeded, else 0.
    void finishRun();
    void finish(ExitCode code);
    // Starts the watcher once run() was called and the saved rows are in the store, so that
    // every change is reported against the saved copy.
    void startWhenReady();

    CliOptions m_options;
    RowStore m_store;
    CampaignWatcher m_watcher;
    AsyncCampaignCache m_cache;
    CacheSync m_cacheSync;
    QFile m_stdout;
    qsizetype m_problemsShown = 0;
    bool m_runCalled = false;
    bool m_savedRowsLoaded = false;
    bool m_watcherStarted = false;
};

} // namespace revox::cli
